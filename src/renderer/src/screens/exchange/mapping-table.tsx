import { useTranslation } from 'react-i18next'

import type { ColumnMapping } from '../../../../shared/models'
import { encodeMapping, mappingOptions, withColumn } from './column-mapping'

/** The CSV/XLSX column mapping the preview guessed, one editable select per column. */
export function MappingTable(props: {
  columns: string[]
  mapping: ColumnMapping[]
  disabled: boolean
  onChange: (mapping: ColumnMapping[]) => void
}) {
  const { t } = useTranslation()
  const label = (m: ColumnMapping): string => {
    if (m.kind === 'concept') return t('exchange.mapping.concept', { field: t(`exchange.field.${m.field}`) })
    if (m.kind === 'extra') return t('exchange.mapping.extra', { name: m.name })
    return t('exchange.mapping.language', { field: t(`exchange.field.${m.field}`), lang: m.lang ?? '—' })
  }
  return (
    <div className="table-wrap mapping-table" data-testid="import-mapping">
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('exchange.mapping.column')}</th>
            <th>{t('exchange.mapping.role')}</th>
          </tr>
        </thead>
        <tbody>
          {props.mapping.map((m, index) => {
            const header = props.columns[index] ?? `#${index + 1}`
            const options = mappingOptions(props.mapping, header)
            const value = encodeMapping(m)
            // The guessed role may name a language the option list lacks: keep it selectable.
            const all = options.some((o) => o.value === value) ? options : [{ value, mapping: m }, ...options]
            return (
              <tr key={index}>
                <td className="mono">{header}</td>
                <td>
                  <select
                    className="status-select"
                    value={value}
                    disabled={props.disabled}
                    aria-label={t('exchange.mapping.roleOf', { column: header })}
                    onChange={(event) => props.onChange(withColumn(props.mapping, index, event.target.value))}
                  >
                    {all.map((o) => (
                      <option key={o.value} value={o.value}>
                        {label(o.mapping)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
