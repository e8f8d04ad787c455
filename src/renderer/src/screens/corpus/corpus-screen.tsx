import './corpus.css'

import { useTranslation } from 'react-i18next'

import { EmptyState } from '../../components/empty-state'
import { DropOverlay } from '../../components/files/drop-overlay'
import type { PickedFile } from '../../components/files/picked-files'
import { useFileDrop } from '../../components/files/use-file-drop'
import { CorpusIcon } from '../../components/icons'
import { CorpusToolbar } from './corpus-toolbar'
import { DocumentReader } from './document-reader'
import { DocumentTable } from './document-table'
import { ImportStatus } from './import-status'
import { useCorpusScreen } from './use-corpus-screen'

/** The corpus: its documents (drop files anywhere on the screen to import them), or one open in the reader. */
export function CorpusScreen() {
  const { t } = useTranslation()
  const corpus = useCorpusScreen()
  const { documents, importer, openId } = corpus
  const pickFiles = (files: PickedFile[]) => void importer.start(files)
  const drop = useFileDrop(pickFiles, { disabled: importer.state.running })

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
      {drop.dragging && <DropOverlay text={t('import.dropHere')} />}
    </section>
  )
}
