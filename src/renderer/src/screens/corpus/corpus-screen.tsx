import { type DragEvent, useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { DocumentDetail, DocumentSummary } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { EmptyState } from '../../components/empty-state'
import { useFeedback } from '../../components/feedback'
import { CorpusIcon, UploadIcon } from '../../components/icons'
import { useNavigation } from '../../components/navigation'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { formatNumber } from '../../lib/format'
import { DocumentReader, type ReaderFocus } from './document-reader'
import { DocumentTable } from './document-table'
import { ImportStatus } from './import-status'
import { useCorpusImport } from './use-corpus-import'

/** Only drags that carry files light up the drop zone (not text selected on the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

export function CorpusScreen() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { undoToast } = useHistoryActions()
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null)
  const [loadFailed, setLoadFailed] = useState(false)
  // Another screen may send the user to a document, at a sentence ("open in the document").
  const { target } = useNavigation()
  const [openId, setOpenId] = useState<number | null>(target?.documentId ?? null)
  const [focus, setFocus] = useState<ReaderFocus | null>(
    target?.segmentId !== undefined
      ? { segmentId: target.segmentId, start: target.highlight?.start, end: target.highlight?.end }
      : null
  )
  const [dragging, setDragging] = useState(false)
  const dragDepth = useRef(0)
  const fileInput = useRef<HTMLInputElement | null>(null)

  const reload = useCallback(() => {
    api.invoke('corpus/list', {}).then(
      (list) => {
        setDocuments(list)
        setLoadFailed(false)
      },
      (error) => {
        // Keep the last good list; with none, say the list failed rather than "no documents".
        reportError(error)
        setLoadFailed(true)
      }
    )
  }, [api, reportError])

  useEffect(() => {
    reload()
    return api.onEvent((event) => {
      if (event.type === 'changed' && event.area === 'corpus') reload()
    })
  }, [api, reload])

  const importer = useCorpusImport(reload)
  const closeReader = useCallback(() => {
    setOpenId(null)
    setFocus(null)
  }, [])

  const onDeleted = useCallback(
    (document: DocumentDetail) => {
      setOpenId(null)
      reload()
      void undoToast(t('corpus.deleted', { title: document.title }), () => {
        reload()
        showToast({ message: t('corpus.restored', { title: document.title }) })
      })
    },
    [reload, showToast, t, undoToast]
  )

  const pickFiles = (files: FileList | null) => {
    if (files && files.length > 0) void importer.start(Array.from(files))
  }

  const dropHandlers = {
    onDragEnter: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      dragDepth.current++
      setDragging(true)
    },
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    },
    onDragLeave: () => {
      dragDepth.current = Math.max(0, dragDepth.current - 1)
      if (dragDepth.current === 0) setDragging(false)
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault()
      dragDepth.current = 0
      setDragging(false)
      pickFiles(event.dataTransfer.files)
    }
  }

  const importButton = (
    <>
      <button
        type="button"
        className="button button-primary"
        data-testid="import-button"
        disabled={importer.state.running}
        onClick={() => fileInput.current?.click()}
      >
        <UploadIcon />
        {t('import.button')}
      </button>
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        data-testid="import-input"
        onChange={(event) => {
          pickFiles(event.target.files)
          // Clearing lets the same file be picked again after a failed import.
          event.target.value = ''
        }}
      />
    </>
  )

  const totalWords = documents?.reduce((sum, doc) => sum + doc.words, 0) ?? 0
  return (
    <section className="screen corpus-screen" data-testid="corpus-screen" {...dropHandlers}>
      {openId === null && (
        <div className="screen-toolbar">
          <p className="screen-summary">
            {documents && documents.length > 0
              ? t('corpus.summary', {
                  count: documents.length,
                  documents: formatNumber(documents.length, i18n.language),
                  words: formatNumber(totalWords, i18n.language)
                })
              : ''}
          </p>
          <span className="hint">{t('import.dropHint')}</span>
          {importButton}
        </div>
      )}
      <ImportStatus state={importer.state} onCancel={importer.cancel} onDismiss={importer.dismiss} />
      {openId !== null ? (
        <DocumentReader documentId={openId} focus={focus} onBack={closeReader} onDeleted={onDeleted} />
      ) : documents === null && loadFailed ? (
        <EmptyState icon={<CorpusIcon />} title={t('corpus.loadFailedTitle')} body={t('corpus.loadFailedBody')}>
          <button type="button" className="button" onClick={reload}>
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
        <DocumentTable documents={documents} onOpen={setOpenId} />
      )}
      {dragging && (
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
