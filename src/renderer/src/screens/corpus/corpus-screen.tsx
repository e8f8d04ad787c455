import './corpus.css'

import { useTranslation } from 'react-i18next'

import { EmptyState } from '../../components/empty-state'
import { CorpusIcon, UploadIcon } from '../../components/icons'
import { CorpusToolbar } from './corpus-toolbar'
import { DocumentReader } from './document-reader'
import { DocumentTable } from './document-table'
import { ImportStatus } from './import-status'
import { useCorpusScreen } from './use-corpus-screen'
import { useFileDrop } from './use-file-drop'

/** The corpus: its documents (drop files anywhere on the screen to import them), or one open in the reader. */
export function CorpusScreen() {
  const { t } = useTranslation()
  const corpus = useCorpusScreen()
  const { documents, importer, openId } = corpus
  const pickFiles = (files: FileList | null) => {
    if (files && files.length > 0) void importer.start(Array.from(files))
  }
  const drop = useFileDrop(pickFiles)

  return (
    <section className="screen corpus-screen" data-testid="corpus-screen" {...drop.handlers}>
      {openId === null && (
        <CorpusToolbar documents={documents} importing={importer.state.running} onFiles={pickFiles} />
      )}
      <ImportStatus state={importer.state} onCancel={importer.cancel} onDismiss={importer.dismiss} />
      {openId !== null ? (
        <DocumentReader
          documentId={openId}
          focus={corpus.focus}
          onBack={corpus.closeReader}
          onDeleted={corpus.onDeleted}
        />
      ) : documents === null && corpus.loadFailed ? (
        <EmptyState icon={<CorpusIcon />} title={t('corpus.loadFailedTitle')} body={t('corpus.loadFailedBody')}>
          <button type="button" className="button" onClick={corpus.reload}>
            {t('common.retry')}
          </button>
        </EmptyState>
      ) : documents === null ? (
        <div className="loading" role="status">
          {t('common.loading')}
        </div>
      ) : documents.length === 0 ? (
        <EmptyState icon={<CorpusIcon />} title={t('corpus.emptyTitle')} body={t('corpus.emptyBody')} />
      ) : (
        <DocumentTable documents={documents} onOpen={corpus.setOpenId} />
      )}
      {drop.dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">
            <UploadIcon />
            <span>{t('import.dropHere')}</span>
          </div>
        </div>
      )}
    </section>
  )
}
