import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateRow } from '../../../../shared/models'

/** A row's term cell: the term with its other spellings after it, or, while editing, the inline editor. */
export function TermCell(props: {
  row: CandidateRow
  editing: boolean
  onEditDone: (id: number, term: string | null) => void
}) {
  const { row, editing } = props
  // The term takes the row's spare width; its other spellings follow it, muted, as far as they fit.
  const others = row.variants.filter((v) => v !== row.term)
  const fullText = others.length > 0 ? `${row.term} · ${others.join(' · ')}` : row.term
  return (
    <span
      role="gridcell"
      className="candidate-term"
      lang={row.lang === 'zh' ? 'zh-CN' : undefined}
      title={editing ? undefined : fullText}
    >
      {editing ? (
        <EditTerm initial={row.term} onDone={(term) => props.onEditDone(row.id, term)} />
      ) : (
        <>
          {row.term}
          {others.length > 0 && <span className="candidate-variants"> · {others.join(' · ')}</span>}
        </>
      )}
    </span>
  )
}

/** Inline edit of a candidate's text: Enter saves, Escape cancels. */
function EditTerm({ initial, onDone }: { initial: string; onDone: (term: string | null) => void }) {
  const { t } = useTranslation()
  const [value, setValue] = useState(initial)
  return (
    <input
      className="inline-input"
      data-testid="candidate-edit"
      aria-label={t('mining.editTerm')}
      value={value}
      autoFocus
      onClick={(event) => event.stopPropagation()}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => onDone(null)}
      onKeyDown={(event) => {
        event.stopPropagation()
        if (event.key === 'Enter') onDone(value)
        else if (event.key === 'Escape') {
          event.preventDefault()
          onDone(null)
        }
      }}
    />
  )
}
