import { useTranslation } from 'react-i18next'

import type { ImportState } from './use-import'

/** The full path of the file to import (Enter previews it); a path the server could not use is said so. */
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
      {touched && problem && (
        <span className="field-error" role="alert">
          {problemText[problem]}
        </span>
      )}
    </label>
  )
}
