import { useTranslation } from 'react-i18next'

/** Chinese whole words: 发展 as a word, not inside 发展中国家 (the default stays any substring). */
export function WholeWordsOption({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation()
  return (
    <label className="check" title={t('concordance.wholeWordsHint')}>
      <input
        type="checkbox"
        checked={checked}
        data-testid="option-whole-words"
        onChange={(event) => onChange(event.target.checked)}
      />
      {t('concordance.wholeWords')}
    </label>
  )
}
