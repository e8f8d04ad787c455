import './exchange.css'

import { useTranslation } from 'react-i18next'

import { FeedbackScope } from '../../components/feedback'
import { DropOverlay } from '../../components/files/drop-overlay'
import { useFileDrop } from '../../components/files/use-file-drop'
import { ExportPanel } from './export-panel'
import { ImportPanel } from './import-panel'
import { useImport } from './use-import'

/**
 * Export the term base or the memory (to a file chosen with Save as…, or a download in browser mode); import
 * one back after a preview: Browse… or drop the file anywhere on the screen.
 */
export function ExchangeScreen() {
  // Each panel shows its own errors (#15 §3): the import's hooks live here, for the drop anywhere on the screen.
  return (
    <FeedbackScope name="exchange-import" banner={false}>
      <ExchangePanels />
    </FeedbackScope>
  )
}

function ExchangePanels() {
  const { t } = useTranslation()
  const importer = useImport()
  const drop = useFileDrop((files) => void importer.pick(files), {
    disabled: importer.previewing || importer.job.running,
    multiple: false
  })
  return (
    <section className="screen exchange-screen" data-testid="exchange-screen" {...drop.handlers}>
      <div className="exchange-columns">
        <FeedbackScope name="exchange-export" banner={false}>
          <ExportPanel />
        </FeedbackScope>
        <ImportPanel importer={importer} />
      </div>
      {drop.dragging && <DropOverlay text={t('exchange.import.dropHere')} />}
    </section>
  )
}
