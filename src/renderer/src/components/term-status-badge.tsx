import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

import type { TermStatus } from '../../../shared/models'

/** Each status's name in the UI language (literal keys, so the i18n key test sees them). */
export function statusLabels(t: TFunction): Record<TermStatus, string> {
  return {
    preferred: t('termStatus.preferred'),
    admitted: t('termStatus.admitted'),
    deprecated: t('termStatus.deprecated'),
    forbidden: t('termStatus.forbidden')
  }
}

/**
 * A no-entry sign drawn inline: the ⛔ emoji shows as an empty box where no emoji font is installed,
 * and a glyph any font has would not read as "forbidden".
 */
export function ForbiddenMark() {
  return (
    <svg
      className="forbidden-mark"
      width="12"
      height="12"
      viewBox="0 0 12 12"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: '-1px' }}
    >
      <circle cx="6" cy="6" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M3.2 6h5.6" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
    </svg>
  )
}

/** Colour-coded status; forbidden also carries a symbol so it never relies on colour alone. */
export function TermStatusBadge({ status }: { status: TermStatus }) {
  const { t } = useTranslation()
  const labels = statusLabels(t)
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {status === 'forbidden' && (
        <>
          <ForbiddenMark />{' '}
        </>
      )}
      {labels[status]}
    </span>
  )
}
