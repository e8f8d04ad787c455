import type { ReactNode } from 'react'

import type { DiffPart } from '../../../../shared/models'

/** Leading space, the words, trailing space: highlights cover words only, never the gaps around them. */
export function splitSpace(text: string): [string, string, string] {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)
  return match ? [match[1], match[2], match[3]] : ['', text, '']
}

function marked(text: string | undefined, wrap: (core: string) => ReactNode): ReactNode {
  const [lead, core, trail] = splitSpace(text ?? '')
  return (
    <>
      {lead}
      {core && wrap(core)}
      {trail}
    </>
  )
}

/**
 * The unit's source as it differs from the sentence being translated: words the unit has that the
 * sentence lacks are marked inserted, changed words show the sentence's word struck beside the
 * unit's, and words only the sentence has are struck through.
 */
export function DiffView({ parts, lang }: { parts: DiffPart[]; lang: string }) {
  return (
    <span className="diff" lang={lang} data-testid="match-diff">
      {parts.map((part, index) => {
        switch (part.op) {
          case 'equal':
            return <span key={index}>{part.b ?? part.a}</span>
          case 'insert':
            return (
              <span key={index}>
                {marked(part.b, (core) => (
                  <ins className="diff-insert" data-op="insert">
                    {core}
                  </ins>
                ))}
              </span>
            )
          case 'delete':
            return (
              <span key={index}>
                {marked(part.a, (core) => (
                  <del className="diff-delete" data-op="delete">
                    {core}
                  </del>
                ))}
              </span>
            )
          case 'replace': {
            const [, old] = splitSpace(part.a ?? '')
            return (
              <span key={index}>
                {marked(part.b, (core) => (
                  <span className="diff-replace" data-op="replace">
                    {old && <del className="diff-delete">{old}</del>}
                    {old && lang !== 'zh-CN' ? ' ' : ''}
                    <ins className="diff-insert">{core}</ins>
                  </span>
                ))}
              </span>
            )
          }
        }
      })}
    </span>
  )
}
