import { useTranslation } from 'react-i18next'

import { useApi } from '../api-context'
import { languageSettingKey, toUiLanguage, type UiLanguage, uiLanguages } from '../i18n/languages'
import { useFeedback } from './feedback'
import { GlobeIcon } from './icons'

/** Switches the UI language and saves it in the workspace settings so it survives restarts. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const current = toUiLanguage(i18n.resolvedLanguage ?? i18n.language) ?? 'en'
  // Each language is named in itself, so a user lost in the wrong language can still find theirs.
  const names: Record<UiLanguage, string> = { en: t('languageSwitch.en'), 'zh-CN': t('languageSwitch.zhCN') }

  const change = async (value: string) => {
    const language = toUiLanguage(value)
    if (!language || language === current) return
    await i18n.changeLanguage(language)
    try {
      await api.invoke('workspace/setSetting', { key: languageSettingKey, value: language })
    } catch (error) {
      reportError(error)
    }
  }

  return (
    <label className="language-switch">
      <GlobeIcon />
      <span className="visually-hidden">{t('languageSwitch.label')}</span>
      <select data-testid="language-switch" value={current} onChange={(event) => void change(event.target.value)}>
        {uiLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {names[language]}
          </option>
        ))}
      </select>
    </label>
  )
}
