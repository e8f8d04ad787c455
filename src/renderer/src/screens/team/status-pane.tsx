import { useTranslation } from 'react-i18next'

import type { TeamStatus, TeamSyncReport } from '../../../../shared/team-models'
import { useFeedback } from '../../components/feedback'
import { formatDateTime } from '../../lib/format'
import { statusText, statusTone } from './status-text'

/** Who and where this workspace syncs with, how it stands, and Sync now. */
export function StatusPane(props: {
  status: TeamStatus
  syncing: boolean
  onSync: () => Promise<TeamSyncReport | null>
}) {
  const { t, i18n } = useTranslation()
  const { showToast } = useFeedback()
  const { status } = props

  const sync = async () => {
    const report = await props.onSync()
    if (!report) return
    const held = report.held > 0 ? ` ${t('team.sync.held', { count: report.held })}` : ''
    showToast({ message: `${t('team.sync.done', { ...report })}${held}` })
  }

  return (
    <section className="panel team-status" data-testid="team-status">
      <header className="section-header">
        <h2 className="panel-title">{t('team.status.label')}</h2>
        <span className={`team-state team-state-${statusTone(status)}`} data-testid="team-state">
          {statusText(status, t)}
        </span>
      </header>
      <p>
        {t('team.status.member', {
          user: status.user,
          role: status.role ? t(`team.role.${status.role}`) : '',
          team: status.teamName || status.url
        })}
      </p>
      <p className="muted">
        {t('team.status.server')}: <code>{status.url}</code>
      </p>
      {status.moderated && <p className="muted">{t('team.status.moderated')}</p>}
      {status.suggested > 0 && <p>{t('team.status.suggested', { count: status.suggested })}</p>}
      {status.lastError && (
        <p className="team-error" role="status" data-testid="team-last-error">
          {status.lastError.message}
        </p>
      )}
      <div className="team-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={props.syncing}
          data-testid="team-sync"
          onClick={() => void sync()}
        >
          {props.syncing ? t('team.sync.running') : t('team.sync.now')}
        </button>
        {status.syncedAt && (
          <span className="muted">
            {t('team.status.lastSync', { time: formatDateTime(status.syncedAt, i18n.language) })}
          </span>
        )}
      </div>
    </section>
  )
}
