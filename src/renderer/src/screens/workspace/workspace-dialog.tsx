import './workspace-dialog.css'

import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { BackupInfo, WorkspaceInfo } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { useFeedback } from '../../components/feedback'
import { formatDateTime } from '../../lib/format'

/**
 * Workspace management: open or create another workspace file, back up now, and restore a backup
 * (the server backs the current state up first, so a restore can itself be undone by restoring).
 */
export function WorkspaceDialog(props: { workspace: WorkspaceInfo; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [path, setPath] = useState('')
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [busy, setBusy] = useState(false)

  const loadBackups = useCallback(() => {
    api.invoke('workspace/backups', {}).then(setBackups, reportError)
  }, [api, reportError])
  useEffect(loadBackups, [loadBackups])

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true)
    try {
      await work()
      loadBackups()
    } catch (error) {
      reportError(error)
    } finally {
      setBusy(false)
    }
  }

  const open = () =>
    run(async () => {
      await api.invoke('workspace/open', { path: path.trim() })
      props.onClose()
    })
  const restore = (file: string) => {
    if (!window.confirm(t('workspaceDialog.restoreConfirm'))) return
    void run(() => api.invoke('workspace/restore', { file }))
  }

  return (
    <Dialog title={t('workspaceDialog.title')} onClose={props.onClose} testId="workspace-dialog" wide>
      <p className="muted">{t('workspaceDialog.current')}</p>
      <p className="workspace-dialog-path">{props.workspace.path}</p>
      <h3 className="section-title">{t('workspaceDialog.openTitle')}</h3>
      <div className="workspace-dialog-row">
        <input
          className="workspace-dialog-input"
          value={path}
          placeholder={t('workspaceDialog.pathPlaceholder')}
          onChange={(e) => setPath(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && path.trim() && void open()}
          data-testid="workspace-path"
        />
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !path.trim()}
          onClick={() => void open()}
          data-testid="workspace-open"
        >
          {t('workspaceDialog.open')}
        </button>
      </div>
      <p className="muted">{t('workspaceDialog.openHint')}</p>
      <h3 className="section-title">{t('workspaceDialog.backupsTitle')}</h3>
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void run(() => api.invoke('workspace/backup', {}))}
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
            <button type="button" className="button button-small" disabled={busy} onClick={() => restore(b.file)}>
              {t('workspaceDialog.restore')}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  )
}

function reasonKey(reason: string): 'daily' | 'manual' | 'migration' | 'restore' | 'other' {
  if (reason === 'daily' || reason === 'manual') return reason
  if (reason.startsWith('before-schema')) return 'migration'
  if (reason.includes('restore')) return 'restore'
  return 'other'
}
