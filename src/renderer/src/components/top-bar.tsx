import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { useApiQuery } from '../data/use-api-query'
import { baseName } from '../lib/import-summary'
import { WorkspaceDialog } from '../screens/workspace/workspace-dialog'
import { FolderIcon } from './icons'
import { JobStatus } from './job-status'
import { LanguageSwitch } from './language-switch'

export function TopBar({ title }: { title: string }) {
  const { t } = useTranslation()
  // The document count and path change after imports or an opened workspace.
  const workspace = useApiQuery('workspace/info', {}, { refreshOn: ['workspace', 'corpus'] }).data ?? null
  const [managing, setManaging] = useState(false)

  return (
    <header className="topbar">
      <h1 className="topbar-title">{title}</h1>
      <JobStatus />
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
