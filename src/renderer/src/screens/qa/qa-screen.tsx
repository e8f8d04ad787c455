import './qa.css'

import { useTranslation } from 'react-i18next'

import { EmptyState } from '../../components/empty-state'
import { DropOverlay } from '../../components/files/drop-overlay'
import { useFileDrop } from '../../components/files/use-file-drop'
import { UploadIcon } from '../../components/icons'
import { QaFindings } from './qa-findings'
import { QaProgress } from './qa-progress'
import { QaSummary } from './qa-summary'
import { QaToolbar } from './qa-toolbar'
import { useQa } from './use-qa'

/** Terminology QA: a translator's bilingual file checked against the term base. */
export function QaScreen() {
  const { t } = useTranslation()
  const qa = useQa()
  const drop = useFileDrop(([file]) => void qa.run(file), { disabled: qa.running !== null, multiple: false })
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
      {drop.dragging && <DropOverlay text={t('qa.dropHere')} />}
    </section>
  )
}
