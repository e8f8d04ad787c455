import type { RefObject } from 'react'

import type { DocumentDetail, SegmentView } from '../../../../shared/models'
import type { ReaderFocus } from './document-reader'

/** Pure: the segment text split around a valid highlight range, or null when the range does not fit. */
export function splitHighlight(text: string, start?: number, end?: number): [string, string, string] | null {
  if (start === undefined || end === undefined || start < 0 || end <= start || end > text.length) return null
  return [text.slice(0, start), text.slice(start, end), text.slice(end)]
}

/** The document's sentences, numbered; the one it opened at is marked, its matched characters highlighted. */
export function SegmentList(props: {
  detail: DocumentDetail
  segments: SegmentView[]
  focus: ReaderFocus | null
  focused: RefObject<HTMLLIElement | null>
}) {
  const { focus } = props
  return (
    <ol className="segments" lang={props.detail.language === 'zh' ? 'zh-CN' : 'en'} data-testid="segments">
      {props.segments.map((segment) => {
        const isFocus = segment.id === focus?.segmentId
        const parts = isFocus ? splitHighlight(segment.text, focus?.start, focus?.end) : null
        return (
          <li
            key={segment.id}
            value={segment.ordinal + 1}
            data-segment-id={segment.id}
            className={isFocus ? 'segment is-focus' : 'segment'}
            ref={isFocus ? props.focused : undefined}
            tabIndex={isFocus ? -1 : undefined}
            data-testid={isFocus ? 'focused-segment' : undefined}
          >
            <span className="segment-ordinal" aria-hidden="true">
              {segment.ordinal + 1}
            </span>
            <span className="segment-text">
              {parts ? (
                <>
                  {parts[0]}
                  <mark className="kwic-match">{parts[1]}</mark>
                  {parts[2]}
                </>
              ) : (
                segment.text
              )}
            </span>
          </li>
        )
      })}
    </ol>
  )
}
