import { type CSSProperties, memo, type MouseEvent } from 'react'

import type { CandidateEquivalents, CandidateRow } from '../../../../shared/models'
import { formatCount, formatScore } from './candidate-format'
import type { RowLabels } from './candidate-list-head'
import { TermCell } from './term-cell'

export interface RowProps {
  row: CandidateRow
  index: number
  style: CSSProperties
  locale: string
  current: boolean
  checked: boolean
  editing: boolean
  onRowClick: (index: number, event: MouseEvent) => void
  onToggle: (id: number) => void
  onEditDone: (id: number, term: string | null) => void
  labels: RowLabels
  /** The Chinese column: undefined when off, null while loading. */
  chinese?: CandidateEquivalents | null
}

/** One row; memoised so a scroll step renders only the rows that came into view. */
export const CandidateRowView = memo(
  function CandidateRowView(props: RowProps) {
    // No useTranslation here: its per-row cost showed up in scroll profiles; labels come from the list.
    const { row, current, checked, locale, labels } = props
    return (
      <div
        role="row"
        aria-selected={current}
        className={[
          'vlist-row candidate-grid',
          props.chinese !== undefined && 'with-chinese',
          current && 'is-current',
          checked && 'is-checked'
        ]
          .filter(Boolean)
          .join(' ')}
        style={props.style}
        data-testid="candidate-row"
        data-candidate-id={row.id}
        data-status={row.status}
        onClick={(event) => props.onRowClick(props.index, event)}
      >
        <span role="gridcell">
          <input
            type="checkbox"
            checked={checked}
            aria-label={labels.select(row.term)}
            onClick={(event) => event.stopPropagation()}
            onChange={() => props.onToggle(row.id)}
          />
        </span>
        <TermCell row={row} editing={props.editing} onEditDone={props.onEditDone} />
        <span role="gridcell" className="num">
          {formatScore(row.score, locale)}
        </span>
        <span role="gridcell" className="num">
          {formatCount(row.freq, locale)}
        </span>
        <span role="gridcell" className="num">
          {formatCount(row.docs, locale)}
        </span>
        <span role="gridcell" data-testid="candidate-kind">
          <span className={`kind-tag kind-${row.kind}`}>{labels.kind[row.kind]}</span>
        </span>
        {props.chinese !== undefined && <ChineseCell chinese={props.chinese} labels={labels} />}
        <span role="gridcell">
          <span className={`review-tag review-${row.status}`}>{labels.status[row.status]}</span>
        </span>
      </div>
    )
  },
  // Every prop the same (the style by its position and height, as it is a new object each render).
  (a, b) =>
    a.style.transform === b.style.transform &&
    a.style.height === b.style.height &&
    (Object.keys(a) as (keyof RowProps)[]).every((key) => key === 'style' || a[key] === b[key])
)

/** The best equivalent and the pairs supporting it; the others in its title, best first. */
function ChineseCell({ chinese, labels }: { chinese: CandidateEquivalents | null; labels: RowLabels }) {
  const best = chinese?.equivalents[0]
  const all = chinese?.equivalents.map((e) => `${e.text} (${labels.support(e.support)})`).join(' | ')
  return (
    <span role="gridcell" data-testid="candidate-chinese" title={all} lang="zh-CN">
      {chinese === null ? (
        '…'
      ) : best ? (
        <>
          {best.text} <span className="muted candidate-support">{best.support}</span>
        </>
      ) : (
        '—'
      )}
    </span>
  )
}
