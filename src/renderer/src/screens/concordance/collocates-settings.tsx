import { useTranslation } from 'react-i18next'

import { clampInt, type CollocateSettings } from './collocates-request'
import { FunctionWordsOption } from './function-words-option'

/** The collocates' window (words either side), minimum frequency, and the measure they are ranked by. */
export function CollocatesSettings({
  settings,
  onChange
}: {
  settings: CollocateSettings
  onChange: (settings: CollocateSettings) => void
}) {
  const { t } = useTranslation()
  return (
    <div className="conc-colloc-settings">
      <label className="field-inline">
        {t('concordance.collocates.window')}
        <input
          className="text-input conc-num"
          type="number"
          min={1}
          max={10}
          value={settings.window}
          data-testid="collocates-window"
          onChange={(event) => onChange({ ...settings, window: clampInt(event.target.value, 1, 10, settings.window) })}
        />
      </label>
      <label className="field-inline">
        {t('concordance.collocates.minFreq')}
        <input
          className="text-input conc-num"
          type="number"
          min={1}
          max={1000}
          value={settings.minFreq}
          data-testid="collocates-min-freq"
          onChange={(event) =>
            onChange({ ...settings, minFreq: clampInt(event.target.value, 1, 1000, settings.minFreq) })
          }
        />
      </label>
      <label className="field-inline">
        {t('concordance.collocates.rankBy')}
        <select
          value={settings.by}
          data-testid="collocates-by"
          onChange={(event) => onChange({ ...settings, by: event.target.value as CollocateSettings['by'] })}
        >
          <option value="logDice">logDice</option>
          <option value="mi">MI</option>
        </select>
      </label>
      <FunctionWordsOption
        checked={settings.functionWords}
        onChange={(functionWords) => onChange({ ...settings, functionWords })}
      />
    </div>
  )
}
