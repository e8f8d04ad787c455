import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { ScreenId } from '../screens/screen-ids'
import { Dialog } from './dialog'
import { isTypingTarget } from './undo-shortcuts'

/** The keys of one screen, then those that work everywhere: [keys, i18n key of what they do]. */
export function shortcutRows(screen: ScreenId): [string, string][] {
  const own: Partial<Record<ScreenId, [string, string][]>> = {
    mining: [
      ['↑ ↓ / j k', 'mining.keys.move'],
      ['a / r / s', 'shortcuts.review'],
      ['e', 'mining.keys.edit'],
      ['m', 'mining.keys.merge'],
      ['Space', 'mining.keys.toggle'],
      ['↑ ↓ Enter', 'shortcuts.mergeDialog']
    ],
    termbase: [['Ctrl+S', 'shortcuts.save']],
    memory: [['← →', 'shortcuts.tabs']],
    concordance: [['Enter', 'shortcuts.search']],
    exchange: [['Enter', 'shortcuts.previewPath']]
  }
  return [
    ...(own[screen] ?? []),
    ['Ctrl+Z', 'shortcuts.undo'],
    ['Ctrl+Shift+Z', 'shortcuts.redo'],
    ['Esc', 'shortcuts.close'],
    ['?', 'shortcuts.help']
  ]
}

/** Whether a key press asks for the list: `?` outside a text field, without Ctrl/Alt/Meta. */
export function asksForHelp(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  target: EventTarget | null
}): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)
}

/** `?` on any screen (#15 §3): the shortcut list of that screen and the keys that work everywhere. */
export function ShortcutsHelp({ screen }: { screen: ScreenId }) {
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!asksForHelp(event) || document.querySelector('[role="dialog"][aria-modal="true"]')) return
      event.preventDefault()
      setOpen(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  if (!open) return null
  return <ShortcutsDialog screen={screen} onClose={() => setOpen(false)} />
}

export function ShortcutsDialog({ screen, onClose }: { screen: ScreenId; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcuts-dialog">
      <dl className="shortcut-list">
        {shortcutRows(screen).map(([keys, what]) => (
          <div key={`${keys}-${what}`} className="shortcut-item">
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(what)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  )
}
