import { useTranslation } from 'react-i18next'

import type { ExampleRecord } from '../../../../shared/models'
import { langOf } from '../../components/kwic-lines'
import { formatCalendarDate } from '../../lib/format'
import { highlightParts } from './draft'

/** One example: its sentence with the term marked, its translation, and where it comes from. */
export function ExampleRow(props: {
  example: ExampleRecord
  onRead: (example: ExampleRecord) => void
  onRemove: (example: ExampleRecord) => void
}) {
  const { t, i18n } = useTranslation()
  const { example } = props
  const parts = highlightParts(example.text, example.start, example.end)
  return (
    <li className="example-row" data-testid="example-row">
      <p className="example-text" lang={langOf(example.text)}>
        {parts.before}
        {parts.match && <mark>{parts.match}</mark>}
        {parts.after}
      </p>
      {example.zh && (
        <p className="example-zh" lang="zh-CN" data-testid="example-zh">
          {example.zh}
        </p>
      )}
      <div className="example-meta">
        {example.documentTitle && <span className="kwic-title">{example.documentTitle}</span>}
        <span className="kwic-date">{formatCalendarDate(example.date, i18n.language) ?? ''}</span>
        {example.documentId !== null && (
          <button
            type="button"
            className="button button-quiet button-small"
            data-testid="open-in-context"
            onClick={() => props.onRead(example)}
          >
            {t('termbase.examples.openInContext')}
          </button>
        )}
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="remove-example"
          onClick={() => props.onRemove(example)}
        >
          {t('termbase.examples.remove')}
        </button>
      </div>
    </li>
  )
}
