import { useTranslation } from 'react-i18next'

import type { useMining } from './use-mining'

/** Mine (or Mining… while it runs): in the toolbar, or prominent in the empty screen before the first run. */
export function MineButton({
  mining,
  prominent = false
}: {
  mining: ReturnType<typeof useMining>
  prominent?: boolean
}) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      className={prominent ? 'button button-primary' : 'button'}
      data-testid="mine-button"
      disabled={mining.state.running}
      onClick={() => void mining.start()}
    >
      {mining.state.running ? t('mining.mining') : t('mining.mine')}
    </button>
  )
}
