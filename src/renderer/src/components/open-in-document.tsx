import { useTranslation } from 'react-i18next'

import { useNavigation } from './navigation'

/**
 * Opens the Corpus reader at a sentence, with the matched characters marked: where a dialog's
 * few neighbouring sentences are not enough, the whole document is one click away.
 */
export function OpenInDocumentButton(props: {
  documentId: number
  segmentId: number | null
  start?: number | null
  end?: number | null
}) {
  const { t } = useTranslation()
  const { navigate } = useNavigation()
  const { documentId, segmentId, start, end } = props
  const highlight = start != null && end != null ? { start, end } : undefined
  return (
    <button
      type="button"
      className="button button-small"
      data-testid="open-in-document"
      onClick={() => navigate('corpus', { documentId, segmentId: segmentId ?? undefined, highlight })}
    >
      {t('reader.openHere')}
    </button>
  )
}
