import { useTranslation } from 'react-i18next'

import type { ExportArg, ExportFormat, GlossaryOptions, XlsxLayout } from '../../../../shared/models'

/** What the XLSX and printable-glossary exports let the user choose. */
export interface ExportChoices {
  layout: XlsxLayout
  groupBy: NonNullable<GlossaryOptions['groupBy']>
  order: NonNullable<GlossaryOptions['order']>
}

export const DEFAULT_EXPORT_CHOICES: ExportChoices = { layout: 'interchange', groupBy: 'domain', order: 'alphabetical' }

/** The request fields the choices give for this format (nothing for the others). */
export function exportChoiceArgs(format: ExportFormat, choices: ExportChoices): Pick<ExportArg, 'layout' | 'glossary'> {
  if (format === 'xlsx') return { layout: choices.layout }
  if (format === 'html') return { glossary: { groupBy: choices.groupBy, order: choices.order } }
  return {}
}

/** The layout of an XLSX, the grouping and order of a printable glossary; nothing for other formats. */
export function ExportOptions(props: {
  format: ExportFormat
  choices: ExportChoices
  onChange: (next: ExportChoices) => void
}) {
  const { t } = useTranslation()
  const { format, choices, onChange } = props
  if (format === 'xlsx') {
    return (
      <label className="exchange-field">
        <span>{t('exchange.export.layout')}</span>
        <select
          className="status-select"
          data-testid="export-layout"
          value={choices.layout}
          onChange={(event) => onChange({ ...choices, layout: event.target.value as XlsxLayout })}
        >
          <option value="interchange">{t('exchange.export.layoutInterchange')}</option>
          <option value="readable">{t('exchange.export.layoutReadable')}</option>
        </select>
      </label>
    )
  }
  if (format !== 'html') return null
  return (
    <>
      <label className="exchange-field">
        <span>{t('exchange.export.groupBy')}</span>
        <select
          className="status-select"
          data-testid="export-group"
          value={choices.groupBy}
          onChange={(event) => onChange({ ...choices, groupBy: event.target.value as ExportChoices['groupBy'] })}
        >
          <option value="domain">{t('exchange.export.groupDomain')}</option>
          <option value="none">{t('exchange.export.groupNone')}</option>
        </select>
      </label>
      <label className="exchange-field">
        <span>{t('exchange.export.order')}</span>
        <select
          className="status-select"
          data-testid="export-order"
          value={choices.order}
          onChange={(event) => onChange({ ...choices, order: event.target.value as ExportChoices['order'] })}
        >
          <option value="alphabetical">{t('exchange.export.orderAlphabetical')}</option>
          <option value="pinyin">{t('exchange.export.orderPinyin')}</option>
        </select>
      </label>
    </>
  )
}
