import { type KeyboardEvent, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { DocumentSummary } from '../../../../shared/models'
import { formatCalendarDate, formatNumber } from '../../lib/format'
import { type DocumentSort, type DocumentSortKey, nextSort, sortDocuments } from '../../lib/sort-documents'

export function DocumentTable(props: { documents: DocumentSummary[]; onOpen: (id: number) => void }) {
  const { t, i18n } = useTranslation()
  const [sort, setSort] = useState<DocumentSort>({ key: 'date', direction: 'desc' })
  const rows = useMemo(() => sortDocuments(props.documents, sort), [props.documents, sort])
  const locale = i18n.language
  const languageName = { en: t('language.en'), zh: t('language.zh') }

  const header = (key: DocumentSortKey, label: string, numeric = false) => {
    const active = sort.key === key
    // Numeric columns are right-aligned, so their arrow goes first to keep labels over the digits.
    const mark = (
      <span className="sort-mark" aria-hidden="true">
        {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
      </span>
    )
    return (
      <th
        scope="col"
        className={numeric ? 'num' : undefined}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, key))}>
          {numeric && mark}
          {label}
          {!numeric && mark}
        </button>
      </th>
    )
  }

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
            {header('title', t('corpus.column.title'))}
            {header('date', t('corpus.column.date'))}
            {header('language', t('corpus.column.language'))}
            {header('words', t('corpus.column.words'), true)}
            {header('segments', t('corpus.column.segments'), true)}
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
