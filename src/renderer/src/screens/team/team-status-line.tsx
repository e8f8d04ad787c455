import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { TeamStatus } from '../../../../shared/team-models'
import { useApi } from '../../api-context'
import { statusText, statusTone } from './status-text'

/** Background sync: every minute while joined, and shortly after a local change. */
export const SYNC_EVERY_MS = 60_000
export const SYNC_AFTER_CHANGE_MS = 10_000

/**
 * The sidebar's status line (synced / n changes waiting / offline / n conflicts), shown once the workspace has
 * joined a team; it also runs the background sync. A failed background sync shows here, never as a banner.
 */
export function TeamStatusLine({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const [status, setStatus] = useState<TeamStatus | null>(null)

  useEffect(() => {
    let live = true
    let soon: number | undefined
    const load = () =>
      api.invoke('team/status', {}).then(
        (s) => live && setStatus(s),
        () => undefined
      )
    const sync = () => {
      void api
        .invoke('team/status', {})
        .then((s) => (s.state === 'not-joined' ? undefined : api.invoke('team/sync', {})))
        .catch(() => undefined)
        .finally(load)
    }
    void load()
    const every = window.setInterval(sync, SYNC_EVERY_MS)
    const off = api.onEvent((e) => {
      if (e.type !== 'changed') return
      if (e.area === 'team') void load()
      if (e.area === 'termbase' || e.area === 'history') {
        void load()
        window.clearTimeout(soon)
        soon = window.setTimeout(sync, SYNC_AFTER_CHANGE_MS)
      }
    })
    return () => {
      live = false
      window.clearInterval(every)
      window.clearTimeout(soon)
      off()
    }
  }, [api])

  if (!status || status.state === 'not-joined') return null
  return (
    <button type="button" className="team-status-line" data-testid="team-status-line" onClick={onOpen}>
      <span className={`team-dot team-state-${statusTone(status)}`} aria-hidden="true" />
      <span>{statusText(status, t)}</span>
    </button>
  )
}
