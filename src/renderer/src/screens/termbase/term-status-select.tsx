import { useTranslation } from 'react-i18next'

import { TERM_STATUSES, type TermStatus } from '../../../../shared/models'
import { statusLabels } from '../../components/term-status-badge'

/** A term's status picker, coloured as its status. */
export function TermStatusSelect(props: { status: TermStatus; onChange: (status: TermStatus) => void }) {
  const { t } = useTranslation()
  const statuses = statusLabels(t)
  return (
    <select
      className={`status-select status-${props.status}`}
      data-testid="term-status"
      value={props.status}
      aria-label={t('termbase.status')}
      onChange={(event) => props.onChange(event.target.value as TermStatus)}
    >
      {TERM_STATUSES.map((status) => (
        <option key={status} value={status}>
          {statuses[status]}
        </option>
      ))}
    </select>
  )
}
