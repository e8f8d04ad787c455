import './workspace.css'

import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { WorkspaceInfo } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { Dialog } from '../../components/dialog'
import { BrowseButton } from '../../components/files/browse-button'
import { isDesktop } from '../../components/files/picked-files'
import { SaveAsButton } from '../../components/files/save-as-button'
import { useApiAction } from '../../data/use-api-action'
import { useApiQuery } from '../../data/use-api-query'
import { BackupList } from './backup-list'

const WORKSPACE_EXTENSIONS = ['sqlite', 'db']

/**
 * Workspace management: open (Browse…) or create (New…, a save dialog) another workspace file — in browser
 * mode a full path on this computer, since a workspace is used where it lies, never uploaded — back up now, and restore a backup
 * (the server backs the current state up first, so a restore can itself be undone by restoring).
 */
export function WorkspaceDialog(props: { workspace: WorkspaceInfo; onClose: () => void }) {
  const { t } = useTranslation()
  const api = useApi()
  const { busy, run } = useApiAction()
  const [path, setPath] = useState('')
  const backups = useApiQuery('workspace/backups', {})
  // Every action may add a backup (the server backs up before opening or restoring): the list follows.
  const act = (work: () => Promise<unknown>) =>
    run(async () => {
      await work()
      backups.refresh()
    })

  const open = (at = path) =>
    act(async () => {
      await api.invoke('workspace/open', { path: at.trim() })
      props.onClose()
    })
  const desktop = isDesktop(api)
  const restore = (file: string) => {
    if (!window.confirm(t('workspaceDialog.restoreConfirm'))) return
    void act(() => api.invoke('workspace/restore', { file }))
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
        {desktop && (
          <BrowseButton
            extensions={WORKSPACE_EXTENSIONS}
            testId="workspace-browse"
            disabled={busy}
            onPicked={([file]) => 'path' in file && void open(file.path)}
          />
        )}
        <SaveAsButton
          defaultName="workspace.shuyu.sqlite"
          extensions={WORKSPACE_EXTENSIONS}
          label={t('workspaceDialog.new')}
          testId="workspace-new"
          disabled={busy}
          onPath={(file) => void open(file)}
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
      <p className="muted">{desktop ? t('workspaceDialog.openHint') : t('workspaceDialog.openHintBrowser')}</p>
      <BackupList
        backups={backups.data ?? null}
        busy={busy}
        onBackup={() => void act(() => api.invoke('workspace/backup', {}))}
        onRestore={restore}
      />
    </Dialog>
  )
}
