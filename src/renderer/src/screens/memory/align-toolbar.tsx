import { useTranslation } from 'react-i18next'

import type { DocumentSummary } from '../../../../shared/models'
import type { AlignmentState } from './use-alignment'

/** The English and the Chinese document to align, and Align. */
export function AlignToolbar(props: {
  aligner: AlignmentState
  english: DocumentSummary[]
  chinese: DocumentSummary[]
}) {
  const { t } = useTranslation()
  const { aligner } = props
  const { enId, zhId } = aligner
  return (
    <div className="screen-toolbar align-toolbar">
      <DocumentSelect
        label={t('language.en')}
        testId="align-en"
        documents={props.english}
        value={enId}
        onChange={aligner.setEnId}
      />
      <DocumentSelect
        label={t('language.zh')}
        testId="align-zh"
        lang="zh-CN"
        documents={props.chinese}
        value={zhId}
        onChange={aligner.setZhId}
      />
      <button
        type="button"
        className="button button-primary"
        data-testid="align-run"
        disabled={aligner.busy || enId === null || zhId === null}
        onClick={aligner.align}
      >
        {t('memory.align.run')}
      </button>
    </div>
  )
}

/** One side's document, by title; says so when the corpus has none in that language. */
function DocumentSelect(props: {
  label: string
  testId: string
  lang?: string
  documents: DocumentSummary[]
  value: number | null
  onChange: (id: number | null) => void
}) {
  const { t } = useTranslation()
  return (
    <label className="field-inline">
      {props.label}
      <select
        className="status-select align-doc"
        data-testid={props.testId}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(Number(event.target.value) || null)}
      >
        {props.documents.length === 0 && <option value="">{t('memory.align.noDocuments')}</option>}
        {props.documents.map((d) => (
          <option key={d.id} value={d.id} lang={props.lang}>
            {d.title}
          </option>
        ))}
      </select>
    </label>
  )
}
