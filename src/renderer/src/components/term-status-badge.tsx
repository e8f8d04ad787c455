import { useTranslation } from 'react-i18next'
import type { TermStatus } from '../../../shared/models'

/** Colour-coded status; forbidden also carries a symbol so it never relies on colour alone. */
export function TermStatusBadge({ status }: { status: TermStatus }) {
  const { t } = useTranslation()
  const labels: Record<TermStatus, string> = {
    preferred: t('termStatus.preferred'),
    admitted: t('termStatus.admitted'),
    deprecated: t('termStatus.deprecated'),
    forbidden: t('termStatus.forbidden')
  }
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {status === 'forbidden' && <span aria-hidden="true">⛔ </span>}
      {labels[status]}
    </span>
  )
}
