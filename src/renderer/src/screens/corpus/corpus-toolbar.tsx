import { useRef } from 'react'
import { useTranslation } from 'react-i18next'

import type { DocumentSummary } from '../../../../shared/models'
import { UploadIcon } from '../../components/icons'
import { formatNumber } from '../../lib/format'

/** Over the document list: how many documents and words, the drop hint, and Import (a file picker). */
export function CorpusToolbar(props: {
  documents: DocumentSummary[] | null
  importing: boolean
  onFiles: (files: FileList | null) => void
}) {
  const { t, i18n } = useTranslation()
  const fileInput = useRef<HTMLInputElement | null>(null)
  const { documents } = props
  const totalWords = documents?.reduce((sum, doc) => sum + doc.words, 0) ?? 0
  return (
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
      <button
        type="button"
        className="button button-primary"
        data-testid="import-button"
        disabled={props.importing}
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
          props.onFiles(event.target.files)
          // Clearing lets the same file be picked again after a failed import.
          event.target.value = ''
        }}
      />
    </div>
  )
}
