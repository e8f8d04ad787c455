import { useTranslation } from 'react-i18next'

import type { ExportFormat } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { isDesktop } from '../../components/files/picked-files'
import { SaveAsButton } from '../../components/files/save-as-button'
import { ExportOptions } from './export-options'
import { exportFormats, extensionOf } from './export-path'
import { exportFileName, type ExportState } from './use-export'

/**
 * The format to write and where: Save as… (desktop) or a download (browser mode) when no path is typed; a
 * typed path the server could not use is said so.
 */
export function ExportTarget({ exporter }: { exporter: ExportState }) {
  const { t } = useTranslation()
  const desktop = isDesktop(useApi())
  const { format, path, problem, touched } = exporter
  const formatLabels: Record<ExportFormat, string> = {
    tbx: t('exchange.format.tbx'),
    tbx2: t('exchange.format.tbx2'),
    csv: t('exchange.format.csv'),
    tsv: t('exchange.format.tsv'),
    xlsx: t('exchange.format.xlsx'),
    tmx: t('exchange.format.tmx'),
    html: t('exchange.format.html')
  }
  const problemText: Record<'empty' | 'tilde' | 'relative', string> = {
    empty: t('exchange.path.empty'),
    tilde: t('exchange.path.tilde'),
    relative: t('exchange.path.relative')
  }
  return (
    <div className="exchange-grid">
      <label className="exchange-field">
        <span>{t('exchange.export.format')}</span>
        <select
          className="status-select"
          data-testid="export-format"
          value={format}
          onChange={(event) => exporter.setFormat(event.target.value as ExportFormat)}
        >
          {exportFormats.map((f) => (
            <option key={f} value={f}>
              {formatLabels[f]}
            </option>
          ))}
        </select>
      </label>
      <label className="exchange-field exchange-field-wide">
        <span>{t('exchange.export.path')}</span>
        <span className="file-row">
          <input
            className="text-input mono"
            data-testid="export-path"
            value={path}
            spellCheck={false}
            placeholder={desktop ? t('exchange.export.pathDesktop') : t('exchange.export.pathBrowser')}
            aria-invalid={touched && problem !== null}
            onChange={(event) => exporter.setPath(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void exporter.start()
            }}
          />
          <SaveAsButton
            defaultName={exportFileName(format)}
            extensions={[extensionOf(format)]}
            testId="export-save-as"
            onPath={exporter.setPath}
          />
        </span>
        {touched && problem && (
          <span className="field-error" role="alert">
            {problemText[problem]}
          </span>
        )}
      </label>
      <ExportOptions format={format} choices={exporter.choices} onChange={exporter.setChoices} />
    </div>
  )
}
