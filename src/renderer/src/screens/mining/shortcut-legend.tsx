import { useTranslation } from 'react-i18next'

/** Always visible, so the keyboard path is discoverable without a manual. */
export function ShortcutLegend() {
  const { t } = useTranslation()
  const keys: [string, string][] = [
    ['↑ ↓ / j k', t('candidates.keys.move')],
    ['a', t('candidates.keys.accept')],
    ['r', t('candidates.keys.reject')],
    ['s', t('candidates.keys.skip')],
    ['e', t('candidates.keys.edit')],
    ['m', t('candidates.keys.merge')],
    [t('candidates.keys.spaceKey'), t('candidates.keys.toggle')],
    ['Shift+click', t('candidates.keys.range')],
    ['Ctrl+Z', t('candidates.keys.undo')],
    ['Ctrl+Shift+Z', t('candidates.keys.redo')]
  ]
  return (
    <dl className="shortcut-legend" data-testid="shortcut-legend" aria-label={t('candidates.keys.title')}>
      {keys.map(([key, label]) => (
        <div key={key}>
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{label}</dd>
        </div>
      ))}
    </dl>
  )
}
