import './qa.css'

import { useTranslation } from 'react-i18next'

import { EmptyState } from '../../components/empty-state'
import { UploadIcon } from '../../components/icons'
import { QaFindings } from './qa-findings'
import { QaProgress } from './qa-progress'
import { QaSummary } from './qa-summary'
import { QaToolbar } from './qa-toolbar'
import { useFileDrop } from './use-file-drop'
import { useQa } from './use-qa'

/** Terminology QA: a translator's bilingual file checked against the term base. */
export function QaScreen() {
  const { t } = useTranslation()
  const qa = useQa()
  const drop = useFileDrop((file) => void qa.run(file), qa.running !== null)
  return (
    <section className="screen qa-screen" data-testid="qa-screen" {...drop.handlers}>
      <QaToolbar qa={qa} />
      {qa.running && <QaProgress progress={qa.running} onCancel={qa.cancel} />}
      {qa.report ? (
        <>
          <QaSummary qa={qa} report={qa.report} />
          <QaFindings key={qa.report.reportId} qa={qa} report={qa.report} />
        </>
      ) : (
        !qa.running && <EmptyState icon={<UploadIcon />} title={t('qa.emptyTitle')} body={t('qa.emptyBody')} />
      )}
      {drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <UploadIcon />
            <span>{t('qa.dropHere')}</span>
          </div>
        </div>
      )}
    </section>
  )
}
