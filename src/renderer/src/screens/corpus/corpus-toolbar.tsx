import { useTranslation } from 'react-i18next'

import type { DocumentSummary } from '../../../../shared/models'
import { BrowseButton } from '../../components/files/browse-button'
import type { PickedFile } from '../../components/files/picked-files'
import { formatNumber } from '../../lib/format'

/** Over the document list: how many documents and words, the drop hint, and Import (a file picker). */
export function CorpusToolbar(props: {
  documents: DocumentSummary[] | null
  importing: boolean
  onFiles: (files: PickedFile[]) => void
}) {
  const { t, i18n } = useTranslation()
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
      <BrowseButton
        primary
        multiple
        label={t('import.button')}
        testId="import-button"
        inputTestId="import-input"
        disabled={props.importing}
        onPicked={props.onFiles}
      />
    </div>
  )
}
