import { type KeyboardEvent, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { DocumentSummary } from '../../../../shared/models'
import { formatCalendarDate, formatNumber } from '../../lib/format'
import { type DocumentSort, sortDocuments } from './sort-documents'
import { SortHeader } from './sort-header'

export function DocumentTable(props: { documents: DocumentSummary[]; onOpen: (id: number) => void }) {
  const { t, i18n } = useTranslation()
  const [sort, setSort] = useState<DocumentSort>({ key: 'date', direction: 'desc' })
  const rows = useMemo(() => sortDocuments(props.documents, sort), [props.documents, sort])
  const locale = i18n.language
  const languageName = { en: t('language.en'), zh: t('language.zh') }

  // Rows act as links: Enter or Space opens, arrow keys walk the table.
  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      props.onOpen(id)
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const row = event.currentTarget
      const target = event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling
      if (target instanceof HTMLElement) target.focus()
    }
  }

  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="documents-table">
        <thead>
          <tr>
            <SortHeader sort={sort} column="title" label={t('corpus.column.title')} onSort={setSort} />
            <SortHeader sort={sort} column="date" label={t('corpus.column.date')} onSort={setSort} />
            <SortHeader sort={sort} column="language" label={t('corpus.column.language')} onSort={setSort} />
            <SortHeader sort={sort} column="words" label={t('corpus.column.words')} onSort={setSort} numeric />
            <SortHeader sort={sort} column="segments" label={t('corpus.column.segments')} onSort={setSort} numeric />
          </tr>
        </thead>
        <tbody>
          {rows.map((doc) => (
            <tr
              key={doc.id}
              tabIndex={0}
              className="clickable-row"
              data-testid="document-row"
              data-document-id={doc.id}
              aria-label={t('corpus.openDocument', { title: doc.title })}
              onClick={() => props.onOpen(doc.id)}
              onKeyDown={(event) => onRowKey(event, doc.id)}
            >
              <td className="cell-title">
                <span className="doc-title">{doc.title}</span>
                {doc.sourcePath && <span className="doc-source">{doc.sourcePath}</span>}
              </td>
              <td className="cell-date">{formatCalendarDate(doc.date, locale) ?? t('corpus.noDate')}</td>
              <td>
                <span className="lang-tag">{languageName[doc.language] ?? doc.language}</span>
              </td>
              <td className="num">{formatNumber(doc.words, locale)}</td>
              <td className="num">{formatNumber(doc.segments, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
