import { useTranslation } from 'react-i18next'

import type { QaNotice, QaReport } from '../../../../shared/api/qa'
import { formatNumber } from '../../lib/format'

/** What the translator should know about the file as a whole, and whether the report is out of date. */
export function QaNotices(props: { report: QaReport; stale: boolean; onRerun: () => void }) {
  const { t, i18n } = useTranslation()
  const { report } = props
  const n = (v: number) => formatNumber(v, i18n.language)
  const text = (notice: QaNotice): string => {
    const p = notice.params
    switch (notice.key) {
      case 'noUnits':
        return t('qa.notice.noUnits')
      case 'noTargets':
        return t('qa.notice.noTargets', { number: n(Number(p.count)) })
      case 'emptyTermBase':
        return t('qa.notice.emptyTermBase')
      case 'sourceLanguage':
        return t('qa.notice.sourceLanguage', { lang: String(p.lang) })
      case 'targetLanguage':
        return t('qa.notice.targetLanguage', { lang: String(p.lang) })
      case 'sourceNoTerms':
        return t('qa.notice.sourceNoTerms', { lang: String(p.lang) })
      case 'targetNoTerms':
        return t('qa.notice.targetNoTerms', { lang: String(p.lang) })
      case 'truncated':
        return t('qa.notice.truncated', { limit: n(Number(p.limit)) })
      default:
        return notice.message
    }
  }
  const skipped = report.untranslated + report.skipped + report.empty
  return (
    <>
      {props.stale && (
        <div className="notice qa-notice" role="status">
          {t('qa.stale')}{' '}
          <button type="button" className="button button-small" onClick={props.onRerun}>
            {t('qa.checkAgain')}
          </button>
        </div>
      )}
      {report.notices.map((notice) => (
        <div key={notice.key} className="notice qa-notice" data-testid="qa-notice">
          {text(notice)}
        </div>
      ))}
      {skipped > 0 && report.checked > 0 && (
        <p className="hint">
          {t('qa.notChecked', {
            untranslated: n(report.untranslated),
            skipped: n(report.skipped),
            empty: n(report.empty)
          })}
        </p>
      )}
    </>
  )
}
