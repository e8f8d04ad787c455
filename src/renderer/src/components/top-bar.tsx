import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { WorkspaceInfo } from '../../../shared/models'
import { useApi } from '../api-context'
import { baseName } from '../lib/import-summary'
import { WorkspaceDialog } from '../screens/workspace/workspace-dialog'
import { useFeedback } from './feedback'
import { FolderIcon } from './icons'
import { LanguageSwitch } from './language-switch'

export function TopBar({ title }: { title: string }) {
  const { t } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [workspace, setWorkspace] = useState<WorkspaceInfo | null>(null)
  const [managing, setManaging] = useState(false)

  useEffect(() => {
    let live = true
    const load = () => api.invoke('workspace/info', {}).then((info) => live && setWorkspace(info), reportError)
    load()
    // The document count and path change after imports or an opened workspace.
    const unsubscribe = api.onEvent((event) => {
      if (event.type === 'changed' && (event.area === 'workspace' || event.area === 'corpus')) load()
    })
    return () => {
      live = false
      unsubscribe()
    }
  }, [api, reportError])

  return (
    <header className="topbar">
      <h1 className="topbar-title">{title}</h1>
      <div className="topbar-end">
        {workspace && (
          <button
            type="button"
            className="workspace workspace-button"
            title={workspace.path}
            data-testid="workspace-info"
            onClick={() => setManaging(true)}
          >
            <FolderIcon />
            <span className="workspace-name">
              {workspace.isDefault ? t('workspace.default') : baseName(workspace.path)}
            </span>
            {/* LRM marks keep a path's slashes in place inside the right-to-left ellipsis box. */}
            <span className="workspace-path">{`\u200e${workspace.path}\u200e`}</span>
          </button>
        )}
        {managing && workspace && <WorkspaceDialog workspace={workspace} onClose={() => setManaging(false)} />}
        <LanguageSwitch />
      </div>
    </header>
  )
}
