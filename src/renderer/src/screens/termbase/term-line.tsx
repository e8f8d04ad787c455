import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'

import type { TermStatus } from '../../../../shared/models'
import { ForbiddenMark } from '../../components/term-status-badge'
import { listTerms } from './list-terms'

/** One language's terms: those to use as plain text, then deprecated and forbidden ones struck through. */
export function TermLine({ texts, statuses }: { texts: string[]; statuses: TermStatus[] | undefined }) {
  const { t } = useTranslation()
  const labels = { deprecated: t('termStatus.deprecated'), forbidden: t('termStatus.forbidden') }
  return listTerms(texts, statuses).map((term, index) => (
    <Fragment key={index}>
      {index > 0 && ' · '}
      {term.status === 'deprecated' || term.status === 'forbidden' ? (
        <s className={`concept-avoid concept-${term.status}`} data-status={term.status} title={labels[term.status]}>
          {term.status === 'forbidden' && <ForbiddenMark />}
          {term.text}
          {/* Strike-through is not read aloud: the status is. */}
          <span className="visually-hidden">{t('termbase.listStatus', { status: labels[term.status] })}</span>
        </s>
      ) : (
        term.text
      )}
    </Fragment>
  ))
}
