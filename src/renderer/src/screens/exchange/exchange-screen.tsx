import './exchange.css'

import { useTranslation } from 'react-i18next'

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
  const { t } = useTranslation()
  const importer = useImport()
  const drop = useFileDrop((files) => void importer.pick(files), {
    disabled: importer.previewing || importer.job.running,
    multiple: false
  })
  return (
    <section className="screen exchange-screen" data-testid="exchange-screen" {...drop.handlers}>
      <div className="exchange-columns">
        <ExportPanel />
        <ImportPanel importer={importer} />
      </div>
      {drop.dragging && <DropOverlay text={t('exchange.import.dropHere')} />}
    </section>
  )
}
