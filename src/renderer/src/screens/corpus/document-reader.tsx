import { useTranslation } from 'react-i18next'

import type { DocumentDetail } from '../../../../shared/models'
import { ReaderHeader } from './reader-header'
import { ReaderToolbar } from './reader-toolbar'
import { SegmentList } from './segment-list'
import { useDocumentReader } from './use-document-reader'
import { useReaderPlace } from './use-reader-place'

/** A place to open the document at: a segment, and optionally the characters to mark inside it. */
export interface ReaderFocus {
  segmentId: number
  start?: number
  end?: number
}

interface ReaderProps {
  documentId: number
  focus?: ReaderFocus | null
  onBack: () => void
  onDeleted: (document: DocumentDetail) => void
}

/** One document to read: its details, then its sentences, loaded as the reader scrolls. */
export function DocumentReader({ documentId, focus, onBack, onDeleted }: ReaderProps) {
  const { t } = useTranslation()
  const focusSegmentId = focus?.segmentId ?? null
  const reader = useDocumentReader(documentId, focusSegmentId, onBack)
  const { detail, segments, exhausted, firstOffset, loading } = reader
  const place = useReaderPlace({ ...reader, focusSegmentId, onBack })
  const loadButton = (label: string, onClick: () => void, testId?: string) => (
    <button type="button" className="button button-quiet" onClick={onClick} disabled={loading} data-testid={testId}>
      {loading ? t('common.loading') : label}
    </button>
  )
  return (
    <article className="reader" data-testid="document-reader">
      <ReaderToolbar detail={detail} onBack={onBack} onDeleted={onDeleted} />
      {!detail ? (
        <div className="loading" role="status">
          {t('common.loading')}
        </div>
      ) : (
        <>
          <ReaderHeader detail={detail} heading={place.heading} />
          {firstOffset !== null && firstOffset > 0 && (
            <div className="load-more">
              {loadButton(
                t('reader.loadEarlier', { count: firstOffset }),
                () => void reader.loadEarlier(),
                'load-earlier'
              )}
            </div>
          )}
          <SegmentList detail={detail} segments={segments} focus={focus ?? null} focused={place.focused} />
          {!exhausted && (
            <div ref={place.sentinel} className="load-more">
              {loadButton(t('reader.loadMore'), () => void reader.loadMore())}
            </div>
          )}
          {exhausted && segments.length === 0 && <p className="muted">{t('reader.noSegments')}</p>}
        </>
      )}
    </article>
  )
}
