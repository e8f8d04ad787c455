import { useTranslation } from 'react-i18next'

import type { BackupInfo } from '../../../../shared/models'
import { formatDateTime } from '../../lib/format'

function reasonKey(reason: string): 'daily' | 'manual' | 'migration' | 'restore' | 'other' {
  if (reason === 'daily' || reason === 'manual') return reason
  if (reason.startsWith('before-schema')) return 'migration'
  if (reason.includes('restore')) return 'restore'
  return 'other'
}

/** Back up now, and the backups beside the workspace, newest first, each with Restore. */
export function BackupList(props: {
  backups: BackupInfo[] | null
  busy: boolean
  onBackup: () => void
  onRestore: (file: string) => void
}) {
  const { t, i18n } = useTranslation()
  const { backups, busy } = props
  return (
    <>
      <h3 className="section-title">{t('workspaceDialog.backupsTitle')}</h3>
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={props.onBackup}
          data-testid="workspace-backup"
        >
          {t('workspaceDialog.backupNow')}
        </button>
      </div>
      {backups && backups.length === 0 && <p className="muted">{t('workspaceDialog.noBackups')}</p>}
      <ul className="workspace-backups">
        {backups?.map((b) => (
          <li key={b.file} data-testid="backup-row">
            <span>{formatDateTime(b.createdAt, i18n.language)}</span>
            <span className="muted">{t(`workspaceDialog.reason.${reasonKey(b.reason)}`, { reason: b.reason })}</span>
            <span className="muted">{t('workspaceDialog.size', { size: (b.bytes / 1024).toFixed(0) })}</span>
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => props.onRestore(b.file)}
            >
              {t('workspaceDialog.restore')}
            </button>
          </li>
        ))}
      </ul>
    </>
  )
}
