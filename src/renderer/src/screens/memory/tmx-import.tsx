import '../exchange/exchange.css'

import { useTranslation } from 'react-i18next'

import { Dialog } from '../../components/dialog'
import { BrowseButton } from '../../components/files/browse-button'
import { ImportCounts } from '../exchange/import-counts'
import { JobProgress } from '../exchange/job-progress'
import type { ImportState } from '../exchange/use-import'

export const TMX_EXTENSIONS = ['tmx', 'xml']

/** Import TMX…: Browse… (or a drop anywhere on the Memory screen) previews the file through exchange/preview. */
export function TmxImportButton({ importer }: { importer: ImportState }) {
  const { t } = useTranslation()
  return (
    <BrowseButton
      extensions={TMX_EXTENSIONS}
      label={t('memory.tmx.button')}
      testId="memory-tmx-browse"
      disabled={importer.previewing || importer.job.running}
      onPicked={(files) => void importer.pick(files)}
    />
  )
}

/**
 * The TMX's preview, then its import (exchange/import, one undoable step that also brings the concordance and
 * fuzzy-match indexes up to date), then what it did.
 */
export function TmxImportDialog({ importer, onClose }: { importer: ImportState; onClose: () => void }) {
  const { t } = useTranslation()
  const { preview, done, job, previewing } = importer
  const notTmx = preview !== null && preview.kind !== 'tmx'
  return (
    <Dialog title={t('memory.tmx.title')} onClose={onClose} testId="memory-tmx-dialog" wide>
      {previewing && <p className="muted">{t('exchange.import.previewing')}</p>}
      {preview && (
        <ImportCounts report={preview} testId="memory-tmx-preview" title={t('exchange.import.previewTitle')} />
      )}
      {notTmx && (
        <p className="field-error" role="alert">
          {t('memory.tmx.notTmx')}
        </p>
      )}
      {job.running && (
        <JobProgress label={t('exchange.import.running')} progress={job.progress} onCancel={importer.cancel} />
      )}
      {done && <ImportCounts report={done} testId="memory-tmx-result" title={t('exchange.import.doneTitle')} />}
      <div className="dialog-actions">
        <button type="button" className="button" disabled={job.running} onClick={onClose}>
          {done ? t('common.close') : t('common.cancel')}
        </button>
        {!done && (
          <button
            type="button"
            className="button button-primary"
            data-testid="memory-tmx-run"
            disabled={!preview || notTmx || previewing || job.running}
            onClick={() => void importer.runImport()}
          >
            {t('exchange.import.run')}
          </button>
        )}
      </div>
    </Dialog>
  )
}
