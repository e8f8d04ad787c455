import { textParts } from './group-findings'

/** A unit's source or target with the term (or what was found) highlighted and inline codes as marks. */
export function MarkedText(props: { text: string; span: [number, number] | null; lang: string }) {
  return (
    <span className="qa-text" lang={props.lang || undefined}>
      {textParts(props.text, props.span).map((part, i) =>
        part.kind === 'mark' ? (
          <mark key={i}>{part.text}</mark>
        ) : part.kind === 'code' ? (
          <span key={i} className="qa-code">
            {part.text}
          </span>
        ) : (
          <span key={i}>{part.text}</span>
        )
      )}
    </span>
  )
}
