import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'

import { type UiLanguage, uiLanguages } from './languages'
import { resources } from './resources'

/** Resources are bundled JSON imports so the UI also works from file:// in Electron. */
export async function initI18n(language: UiLanguage): Promise<typeof i18n> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: resources.en }, 'zh-CN': { translation: resources['zh-CN'] } },
    lng: language,
    supportedLngs: [...uiLanguages],
    fallbackLng: 'en',
    interpolation: { escapeValue: false }
  })
  return i18n
}
