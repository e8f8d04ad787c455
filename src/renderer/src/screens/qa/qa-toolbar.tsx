import { useTranslation } from 'react-i18next'

import { QA_CHECKS, type QaCheck } from '../../../../shared/vocabulary'
import { BrowseButton } from '../../components/files/browse-button'
import { useCheckLabels } from './check-labels'
import type { QaModel } from './use-qa'

/** The file types the readers know, for the file picker. */
export const QA_EXTENSIONS = [
  'xlf',
  'xliff',
  'sdlxliff',
  'mqxliff',
  'mxliff',
  'txlf',
  'tmx',
  'csv',
  'tsv',
  'tab',
  'xlsx',
  'xml'
]

/** Open a file (Browse… or drop), choose the checks, check the same file again. */
export function QaToolbar({ qa }: { qa: QaModel }) {
  const { t } = useTranslation()
  const labels = useCheckLabels()
  const busy = qa.running !== null
  const toggle = (check: QaCheck, on: boolean) =>
    qa.setChecks(QA_CHECKS.filter((c) => (c === check ? on : qa.checks.includes(c))))
  return (
    <div className="qa-toolbar">
      <div className="screen-toolbar">
        <BrowseButton
          primary
          extensions={QA_EXTENSIONS}
          label={t('qa.browse')}
          testId="qa-browse"
          inputTestId="qa-input"
          disabled={busy}
          onPicked={([file]) => void qa.run(file)}
        />
        {qa.report && (
          <button type="button" className="button" disabled={busy} onClick={() => void qa.run()}>
            {t('qa.checkAgain')}
          </button>
        )}
        <span className="hint">{t('qa.dropHint')}</span>
      </div>
      <fieldset className="qa-checks" disabled={busy}>
        <legend>{t('qa.checksLabel')}</legend>
        {QA_CHECKS.map((c) => (
          <label key={c} className="qa-check-option" title={labels.help[c]}>
            <input
              type="checkbox"
              checked={qa.checks.includes(c)}
              disabled={qa.checks.length === 1 && qa.checks.includes(c)}
              onChange={(e) => toggle(c, e.target.checked)}
            />
            {labels.name[c]}
          </label>
        ))}
      </fieldset>
    </div>
  )
}
