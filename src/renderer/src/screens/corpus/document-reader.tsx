import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentDetail, SegmentView } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { BackIcon, TrashIcon } from '../../components/icons'
import { formatCalendarDate, formatDateTime, formatNumber } from '../../lib/format'

/** Segments fetched per page; enough to fill a tall screen, small enough to render at once. */
export const segmentPageSize = 200

interface ReaderProps {
  documentId: number
  onBack: () => void
  onDeleted: (document: DocumentDetail) => void
}

export function DocumentReader({ documentId, onBack, onDeleted }: ReaderProps) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [detail, setDetail] = useState<DocumentDetail | null>(null)
  const [segments, setSegments] = useState<SegmentView[]>([])
  const [exhausted, setExhausted] = useState(false)
  const [loading, setLoading] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const loadingRef = useRef(false)
  const sentinel = useRef<HTMLDivElement | null>(null)
  const heading = useRef<HTMLHeadingElement | null>(null)
  const locale = i18n.language

  useEffect(() => {
    let live = true
    setDetail(null)
    setSegments([])
    setExhausted(false)
    api.invoke('corpus/get', { id: documentId }).then(
      (doc) => live && setDetail(doc),
      (error) => {
        reportError(error)
        if (live) onBack()
      }
    )
    return () => {
      live = false
    }
  }, [api, documentId, reportError, onBack])

  // Focus the title when a document opens, so keyboard and screen-reader users land in it.
  useEffect(() => {
    if (detail) heading.current?.focus()
  }, [detail])

  const loadMore = useCallback(async () => {
    if (loadingRef.current || exhausted) return
    loadingRef.current = true
    setLoading(true)
    try {
      const page = await api.invoke('corpus/segments', {
        documentId,
        offset: segments.length,
        limit: segmentPageSize
      })
      setSegments((current) => [...current, ...page])
      if (page.length < segmentPageSize) setExhausted(true)
    } catch (error) {
      reportError(error)
      setExhausted(true)
    } finally {
      loadingRef.current = false
      setLoading(false)
    }
  }, [api, documentId, segments.length, exhausted, reportError])

  // The next page loads as its sentinel scrolls into view; the button stays for keyboard users.
  useEffect(() => {
    const element = sentinel.current
    if (!element || exhausted || !detail) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void loadMore()
    }, { rootMargin: '400px' })
    observer.observe(element)
    return () => observer.disconnect()
  }, [loadMore, exhausted, detail])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onBack()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onBack])

  const remove = async () => {
    if (!detail || deleting) return
    setDeleting(true)
    try {
      await api.invoke('corpus/delete', { id: detail.id })
      onDeleted(detail)
    } catch (error) {
      reportError(error)
      setDeleting(false)
    }
  }

  const languageName = { en: t('language.en'), zh: t('language.zh') }
  return (
    <article className="reader" data-testid="document-reader">
      <div className="reader-toolbar">
        <button type="button" className="button button-quiet" onClick={onBack} data-testid="reader-back">
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
      {!detail ? (
        <div className="loading" role="status">{t('common.loading')}</div>
      ) : (
        <>
          <header className="reader-header">
            <h2 className="reader-title" tabIndex={-1} ref={heading} lang={detail.language === 'zh' ? 'zh-CN' : 'en'}>
              {detail.title}
            </h2>
            <dl className="reader-meta">
              <div>
                <dt>{t('corpus.column.date')}</dt>
                <dd>{formatCalendarDate(detail.date, locale) ?? t('corpus.noDate')}</dd>
              </div>
              <div>
                <dt>{t('corpus.column.language')}</dt>
                <dd>{languageName[detail.language] ?? detail.language}</dd>
              </div>
              <div>
                <dt>{t('corpus.column.words')}</dt>
                <dd className="num">{formatNumber(detail.words, locale)}</dd>
              </div>
              <div>
                <dt>{t('corpus.column.segments')}</dt>
                <dd className="num">{formatNumber(detail.segments, locale)}</dd>
              </div>
              <div>
                <dt>{t('reader.imported')}</dt>
                <dd>{formatDateTime(detail.importedAt, locale)}</dd>
              </div>
              {detail.sourcePath && (
                <div className="meta-wide">
                  <dt>{t('reader.source')}</dt>
                  <dd className="mono" title={detail.sourcePath}>{detail.sourcePath}</dd>
                </div>
              )}
            </dl>
          </header>
          <ol className="segments" lang={detail.language === 'zh' ? 'zh-CN' : 'en'} data-testid="segments">
            {segments.map((segment) => (
              <li key={segment.id} className="segment" value={segment.ordinal + 1}>
                <span className="segment-ordinal" aria-hidden="true">{segment.ordinal + 1}</span>
                <span className="segment-text">{segment.text}</span>
              </li>
            ))}
          </ol>
          {!exhausted && (
            <div ref={sentinel} className="load-more">
              <button type="button" className="button button-quiet" onClick={() => void loadMore()} disabled={loading}>
                {loading ? t('common.loading') : t('reader.loadMore')}
              </button>
            </div>
          )}
          {exhausted && segments.length === 0 && <p className="muted">{t('reader.noSegments')}</p>}
        </>
      )}
    </article>
  )
}
