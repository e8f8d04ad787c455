import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'

import type { DocumentDetail } from '../../../../shared/models'
import { formatCalendarDate, formatDateTime, formatNumber } from '../../lib/format'

/** The document's title (focused on opening) and what is known about it. */
export function ReaderHeader({
  detail,
  heading
}: {
  detail: DocumentDetail
  heading: RefObject<HTMLHeadingElement | null>
}) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const languageName = { en: t('language.en'), zh: t('language.zh') }
  return (
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
  )
}
