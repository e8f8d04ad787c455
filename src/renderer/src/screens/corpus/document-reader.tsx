import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { DocumentDetail, SegmentView } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { BackIcon, TrashIcon } from '../../components/icons'
import { formatCalendarDate, formatDateTime, formatNumber } from '../../lib/format'

/** Segments fetched per page; enough to fill a tall screen, small enough to render at once. */
export const segmentPageSize = 200
/** Sentences shown above a focused one when a document opens at a place, so it is read in context. */
const leadIn = 5

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

/** Pure: the segment text split around a valid highlight range, or null when the range does not fit. */
export function splitHighlight(text: string, start?: number, end?: number): [string, string, string] | null {
  if (start === undefined || end === undefined || start < 0 || end <= start || end > text.length) return null
  return [text.slice(0, start), text.slice(start, end), text.slice(end)]
}

export function DocumentReader({ documentId, focus, onBack, onDeleted }: ReaderProps) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [detail, setDetail] = useState<DocumentDetail | null>(null)
  const [segments, setSegments] = useState<SegmentView[]>([])
  const [exhausted, setExhausted] = useState(false)
  /** Reading-order position of segments[0]; null until known (a focused document is located first). */
  const [firstOffset, setFirstOffset] = useState<number | null>(null)
  const [loading, setLoading] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const loadingRef = useRef(false)
  const sentinel = useRef<HTMLDivElement | null>(null)
  const heading = useRef<HTMLHeadingElement | null>(null)
  const focused = useRef<HTMLLIElement | null>(null)
  const scrolledToFocus = useRef(false)
  const locale = i18n.language
  const focusSegmentId = focus?.segmentId ?? null

  useEffect(() => {
    let live = true
    setDetail(null)
    setSegments([])
    setExhausted(false)
    setFirstOffset(null)
    scrolledToFocus.current = false
    // A focused document starts a few sentences above the focus; if the sentence is gone, from the top.
    const start =
      focusSegmentId === null
        ? Promise.resolve(0)
        : api.invoke('corpus/locate', { segmentId: focusSegmentId }).then(
            (at) => (at.documentId === documentId ? Math.max(0, at.offset - leadIn) : 0),
            (error: unknown) => {
              reportError(error)
              return 0
            }
          )
    Promise.all([api.invoke('corpus/get', { id: documentId }), start]).then(
      ([doc, offset]) => {
        if (!live) return
        setFirstOffset(offset)
        setDetail(doc)
      },
      (error) => {
        reportError(error)
        if (live) onBack()
      }
    )
    return () => {
      live = false
    }
  }, [api, documentId, focusSegmentId, reportError, onBack])

  // Focus the title when a document opens, so keyboard and screen-reader users land in it;
  // when it opens at a place, scroll that sentence to the middle instead (once).
  useEffect(() => {
    if (!detail) return
    if (focusSegmentId === null) heading.current?.focus()
    else if (focused.current && !scrolledToFocus.current) {
      scrolledToFocus.current = true
      focused.current.scrollIntoView({ block: 'center' })
      focused.current.focus({ preventScroll: true })
    }
  }, [detail, focusSegmentId, segments])

  const loadMore = useCallback(async () => {
    if (loadingRef.current || exhausted || firstOffset === null) return
    loadingRef.current = true
    setLoading(true)
    try {
      const page = await api.invoke('corpus/segments', {
        documentId,
        offset: firstOffset + segments.length,
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
  }, [api, documentId, firstOffset, segments.length, exhausted, reportError])

  // Pages above an opened-at place load on request; the sentence read so far stays where it was.
  const loadEarlier = useCallback(async () => {
    if (loadingRef.current || !firstOffset) return
    loadingRef.current = true
    setLoading(true)
    const from = Math.max(0, firstOffset - segmentPageSize)
    const anchor = document.querySelector<HTMLElement>(`[data-segment-id="${segments[0]?.id}"]`)
    const anchorTop = anchor?.getBoundingClientRect().top ?? 0
    try {
      const page = await api.invoke('corpus/segments', { documentId, offset: from, limit: firstOffset - from })
      setSegments((current) => [...page, ...current])
      setFirstOffset(from)
      requestAnimationFrame(() => {
        const moved = (anchor?.getBoundingClientRect().top ?? anchorTop) - anchorTop
        if (moved) document.getElementById('content')?.scrollBy(0, moved)
      })
    } catch (error) {
      reportError(error)
    } finally {
      loadingRef.current = false
      setLoading(false)
    }
  }, [api, documentId, firstOffset, segments, reportError])

  // The next page loads as its sentinel scrolls into view; the button stays for keyboard users.
  useEffect(() => {
    const element = sentinel.current
    if (!element || exhausted || !detail) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void loadMore()
      },
      { rootMargin: '400px' }
    )
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
        <div className="loading" role="status">
          {t('common.loading')}
        </div>
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
                  <dd className="mono" title={detail.sourcePath}>
                    {detail.sourcePath}
                  </dd>
                </div>
              )}
            </dl>
          </header>
          {firstOffset !== null && firstOffset > 0 && (
            <div className="load-more">
              <button
                type="button"
                className="button button-quiet"
                onClick={() => void loadEarlier()}
                disabled={loading}
                data-testid="load-earlier"
              >
                {loading ? t('common.loading') : t('reader.loadEarlier', { count: firstOffset })}
              </button>
            </div>
          )}
          <ol className="segments" lang={detail.language === 'zh' ? 'zh-CN' : 'en'} data-testid="segments">
            {segments.map((segment) => {
              const isFocus = segment.id === focusSegmentId
              const parts = isFocus ? splitHighlight(segment.text, focus?.start, focus?.end) : null
              return (
                <li
                  key={segment.id}
                  value={segment.ordinal + 1}
                  data-segment-id={segment.id}
                  className={isFocus ? 'segment is-focus' : 'segment'}
                  ref={isFocus ? focused : undefined}
                  tabIndex={isFocus ? -1 : undefined}
                  data-testid={isFocus ? 'focused-segment' : undefined}
                >
                  <span className="segment-ordinal" aria-hidden="true">
                    {segment.ordinal + 1}
                  </span>
                  <span className="segment-text">
                    {parts ? (
                      <>
                        {parts[0]}
                        <mark className="kwic-match">{parts[1]}</mark>
                        {parts[2]}
                      </>
                    ) : (
                      segment.text
                    )}
                  </span>
                </li>
              )
            })}
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
