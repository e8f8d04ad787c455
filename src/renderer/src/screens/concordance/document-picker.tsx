import { useTranslation } from 'react-i18next'

import type { DocumentSummary } from '../../../../shared/models'
import { formatCalendarDate } from '../../lib/format'

/** A compact multi-select: a summary line that opens a checklist of documents. */
export function DocumentPicker(props: {
  documents: DocumentSummary[]
  chosen: number[]
  onChange: (ids: number[]) => void
}) {
  const { t, i18n } = useTranslation()
  const chosen = new Set(props.chosen)
  const label =
    props.chosen.length === 0
      ? t('concordance.allDocuments')
      : t('concordance.someDocuments', { count: props.chosen.length })
  const toggle = (id: number, on: boolean) =>
    props.onChange(on ? [...props.chosen, id] : props.chosen.filter((each) => each !== id))
  return (
    <details className="conc-docs" data-testid="concordance-documents">
      <summary className="text-input conc-docs-summary">{label}</summary>
      <div className="conc-docs-menu">
        <button
          type="button"
          className="button button-quiet button-small"
          disabled={props.chosen.length === 0}
          onClick={() => props.onChange([])}
        >
          {t('concordance.clearDocuments')}
        </button>
        {props.documents.length === 0 && <p className="muted small">{t('concordance.noDocuments')}</p>}
        <ul>
          {props.documents.map((doc) => (
            <li key={doc.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={chosen.has(doc.id)}
                  data-testid="document-choice"
                  onChange={(event) => toggle(doc.id, event.target.checked)}
                />
                <span className="conc-doc-title" lang={doc.language === 'zh' ? 'zh-CN' : 'en'}>
                  {doc.title}
                </span>
                <span className="conc-doc-date">{formatCalendarDate(doc.date, i18n.language) ?? ''}</span>
              </label>
            </li>
          ))}
        </ul>
      </div>
    </details>
  )
}
