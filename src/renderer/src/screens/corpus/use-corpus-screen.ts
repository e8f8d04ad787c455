import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { DocumentDetail } from '../../../../shared/models'
import { useFeedback } from '../../components/feedback'
import { useNavigation } from '../../components/navigation'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { useApiQuery } from '../../data/use-api-query'
import type { ReaderFocus } from './document-reader'
import { useCorpusImport } from './use-corpus-import'

/**
 * The corpus screen's state: the documents (reloaded when the corpus changes), the import job, and the
 * document open in the reader (another screen may send the user to one, at a sentence).
 */
export function useCorpusScreen() {
  const { t } = useTranslation()
  const { showToast } = useFeedback()
  const { undoToast } = useHistoryActions()
  // On failure the last good list stays; with none, the screen says the list failed rather than "no documents".
  const documents = useApiQuery('corpus/list', {}, { refreshOn: ['corpus'] })
  const { refresh: reload } = documents
  const importer = useCorpusImport(reload)
  const { target } = useNavigation()
  const [openId, setOpenId] = useState<number | null>(target?.documentId ?? null)
  const [focus, setFocus] = useState<ReaderFocus | null>(
    target?.segmentId !== undefined
      ? { segmentId: target.segmentId, start: target.highlight?.start, end: target.highlight?.end }
      : null
  )

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

  return {
    documents: documents.data ?? null,
    loadFailed: documents.error !== null,
    reload,
    importer,
    openId,
    setOpenId,
    focus,
    closeReader,
    onDeleted
  }
}
