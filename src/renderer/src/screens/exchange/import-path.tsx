import { useTranslation } from 'react-i18next'

import { BrowseButton } from '../../components/files/browse-button'
import { IMPORT_EXTENSIONS, type ImportState } from './use-import'

/**
 * The file to import: Browse… (or a drop anywhere on the screen) previews it at once; a full path may still
 * be typed (Enter previews it), and a path the server could not use is said so.
 */
export function ImportPath({ importer }: { importer: ImportState }) {
  const { t } = useTranslation()
  const { problem, touched } = importer
  const problemText: Record<'empty' | 'tilde' | 'relative', string> = {
    empty: t('exchange.path.emptyImport'),
    tilde: t('exchange.path.tilde'),
    relative: t('exchange.path.relative')
  }
  return (
    <label className="exchange-field exchange-field-wide">
      <span>{t('exchange.import.path')}</span>
      <span className="file-row">
        <input
          className="text-input mono"
          data-testid="import-path"
          value={importer.path}
          spellCheck={false}
          placeholder={t('exchange.import.pathPlaceholder')}
          aria-invalid={touched && problem !== null}
          onChange={(event) => importer.setPath(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void importer.runPreview(null)
          }}
        />
        <BrowseButton
          extensions={IMPORT_EXTENSIONS}
          testId="import-browse"
          disabled={importer.previewing || importer.job.running}
          onPicked={(files) => void importer.pick(files)}
        />
      </span>
      {touched && problem && (
        <span className="field-error" role="alert">
          {problemText[problem]}
        </span>
      )}
    </label>
  )
}
