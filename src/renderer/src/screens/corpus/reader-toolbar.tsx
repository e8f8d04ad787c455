import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { DocumentDetail } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { BackIcon, TrashIcon } from '../../components/icons'

/** Back to the list, and (once the document is shown) Delete, undoable from the toast that follows. */
export function ReaderToolbar(props: {
  detail: DocumentDetail | null
  onBack: () => void
  onDeleted: (document: DocumentDetail) => void
}) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [deleting, setDeleting] = useState(false)
  const { detail } = props

  const remove = async () => {
    if (!detail || deleting) return
    setDeleting(true)
    try {
      await api.invoke('corpus/delete', { id: detail.id })
      props.onDeleted(detail)
    } catch (error) {
      reportError(error)
      setDeleting(false)
    }
  }

  return (
    <div className="reader-toolbar">
      <button type="button" className="button button-quiet" onClick={props.onBack} data-testid="reader-back">
        <BackIcon />
        {t('reader.back')}
      </button>
      {detail && (
        <button
          type="button"
          className="button button-danger"
          onClick={() => void remove()}
          disabled={deleting}
          data-testid="delete-document"
        >
          <TrashIcon />
          {t('reader.delete')}
        </button>
      )}
    </div>
  )
}
