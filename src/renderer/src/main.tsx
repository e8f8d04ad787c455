import './styles.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { createApiClient } from './api-client'
import { App } from './app'
import { languageSettingKey, pickInitialLanguage, toUiLanguage } from './i18n/languages'
import { initI18n } from './i18n/setup'

async function readSavedLanguage(client: ReturnType<typeof createApiClient>): Promise<string | null> {
  try {
    return await client.invoke('workspace/getSetting', { key: languageSettingKey })
  } catch {
    // A fresh workspace or an unreachable server: the browser's language is a fine start,
    // and the first screen's own call will surface a real connection problem in the banner.
    return null
  }
}

async function boot(): Promise<void> {
  const client = createApiClient()
  const query = new URLSearchParams(window.location.search).get('lang')
  const saved = toUiLanguage(query) ? null : await readSavedLanguage(client)
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language]
  const i18n = await initI18n(pickInitialLanguage({ query, saved, browser }))

  // <html lang> drives CJK glyph selection and screen readers, so it follows every switch.
  const syncDocument = () => {
    document.documentElement.lang = i18n.resolvedLanguage ?? i18n.language
    document.title = i18n.t('app.title')
  }
  syncDocument()
  i18n.on('languageChanged', syncDocument)

  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>
  )
}

void boot()
