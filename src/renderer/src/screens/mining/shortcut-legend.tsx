import { useTranslation } from 'react-i18next'

/** Always visible, so the keyboard path is discoverable without a manual. */
export function ShortcutLegend() {
  const { t } = useTranslation()
  const keys: [string, string][] = [
    ['↑ ↓ / j k', t('mining.keys.move')],
    ['a', t('mining.keys.accept')],
    ['Shift+A', t('mining.keys.acceptChinese')],
    ['r', t('mining.keys.reject')],
    ['s', t('mining.keys.skip')],
    ['e', t('mining.keys.edit')],
    ['m', t('mining.keys.merge')],
    [t('mining.keys.spaceKey'), t('mining.keys.toggle')],
    ['Shift+click', t('mining.keys.range')],
    ['Ctrl+Z', t('mining.keys.undo')],
    ['Ctrl+Shift+Z', t('mining.keys.redo')]
  ]
  return (
    <dl className="shortcut-legend" data-testid="shortcut-legend" aria-label={t('mining.keys.title')}>
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
