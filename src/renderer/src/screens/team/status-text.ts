import type { TFunction } from 'i18next'

import type { TeamStatus } from '../../../../shared/team-models'

/** The status line's words: synced / n changes waiting / offline / n conflicts (or why the last sync failed). */
export function statusText(status: TeamStatus, t: TFunction): string {
  switch (status.state) {
    case 'not-joined':
      return ''
    case 'offline':
      return t('team.status.offline')
    case 'conflicts':
      return t('team.status.conflicts', { count: status.conflicts })
    case 'error':
      return t('team.status.error')
    case 'waiting':
      return status.waiting > 0 ? t('team.status.waiting', { count: status.waiting }) : t('team.status.notSynced')
    case 'synced':
      return t('team.status.synced')
  }
}

/** A CSS modifier for the status dot. */
export function statusTone(status: TeamStatus): 'ok' | 'busy' | 'warn' | 'off' {
  if (status.state === 'synced') return 'ok'
  if (status.state === 'waiting') return 'busy'
  if (status.state === 'offline') return 'off'
  return 'warn'
}
