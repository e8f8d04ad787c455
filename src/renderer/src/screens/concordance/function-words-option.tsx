import { useTranslation } from 'react-i18next'

/** Whether collocates list function words too (the, of; 的, 和): left out by default. */
export function FunctionWordsOption({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation()
  return (
    <label className="check" title={t('concordance.collocates.functionWordsHint')}>
      <input
        type="checkbox"
        checked={checked}
        data-testid="collocates-function-words"
        onChange={(event) => onChange(event.target.checked)}
      />
      {t('concordance.collocates.functionWords')}
    </label>
  )
}
