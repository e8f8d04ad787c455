import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { asksForHelp, shortcutRows, ShortcutsDialog } from '../../../src/renderer/src/components/shortcuts-help'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { screenIds } from '../../../src/renderer/src/screens/screen-ids'

const press = (key: string, target: object | null = null, ctrlKey = false) => ({
  key,
  ctrlKey,
  metaKey: false,
  altKey: false,
  target: target as EventTarget | null
})

describe('the ? shortcut list (#15 §3)', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('opens on ? outside text fields only', () => {
    expect(asksForHelp(press('?'))).toBe(true)
    expect(asksForHelp(press('?', { tagName: 'INPUT', type: 'text' }))).toBe(false)
    expect(asksForHelp(press('?', { tagName: 'TEXTAREA' }))).toBe(false)
    expect(asksForHelp(press('?', null, true))).toBe(false)
    expect(asksForHelp(press('/'))).toBe(false)
  })

  it('lists every screen’s keys and the global ones, each with a text in both languages', async () => {
    for (const screen of screenIds) {
      const rows = shortcutRows(screen)
      expect(rows.map(([keys]) => keys)).toContain('?')
      for (const [, key] of rows) expect(i18n.exists(key), key).toBe(true)
    }
    expect(shortcutRows('mining').map(([keys]) => keys)).toContain('a / r / s')
    const en = renderToStaticMarkup(<ShortcutsDialog screen="mining" onClose={() => undefined} />)
    expect(en).toContain('Keyboard shortcuts')
    expect(en).toContain('the ticked rows when rows are ticked')
    await i18n.changeLanguage('zh-CN')
    const zh = renderToStaticMarkup(<ShortcutsDialog screen="corpus" onClose={() => undefined} />)
    expect(zh).toContain('键盘快捷键')
    expect(zh).toContain('撤销')
    await i18n.changeLanguage('en')
  })
})
