import { resolve } from 'node:path'

import { noContext } from './call-context'
import { importCorpusPaths } from './corpus/import-corpus'
import { EventBus } from './events'
import { JobRegistry } from './jobs/job-registry'
import { UnitIndex } from './memory/unit-index'
import { ConceptIndex } from './termbase/concept-index'
import { backupsDirFor, defaultWorkspaceFile } from './workspace/paths'
import { Workspace } from './workspace/workspace'

export interface AppOptions {
  /** Workspace file; the default workspace in the user-data folder when absent. */
  db?: string
  /** The default corpus imported when the default workspace is first created. */
  seedsDir: string
  /** Path of an Electron-ABI better-sqlite3 addon (the desktop app); tests and CLI use the default. */
  nativeBinding?: string
}

/** Everything the handlers share: the open workspace, the event bus, the running jobs, the fuzzy index. */
export class AppContext {
  readonly events = new EventBus()
  readonly jobs = new JobRegistry()
  /** The translation memory's fuzzy-match index (memory lookups; warmed up after a TMX import). */
  readonly unitIndex = new UnitIndex(() => this.workspace.db)
  /** The term base's search index (flexsearch), refreshed per concept after each write. */
  readonly conceptIndex = new ConceptIndex(() => this.workspace.db)

  private constructor(
    public workspace: Workspace,
    readonly options: AppOptions
  ) {
    // Another workspace, or this one restored from a backup: the in-memory index is of other units.
    this.events.subscribe((e) => {
      if (e.type === 'changed' && e.area === 'workspace') this.unitIndex.reset()
      // Undo/redo may touch any concept: let the index find out by itself.
      if (e.type === 'changed' && (e.area === 'history' || e.area === 'workspace')) this.conceptIndex.invalidateAll()
    })
  }

  static async open(options: AppOptions): Promise<AppContext> {
    const workspace = await openWorkspace(options.db, options)
    return new AppContext(workspace, options)
  }

  /** Switches to another workspace file (creating it when missing). */
  async switchTo(file: string): Promise<void> {
    const next = await openWorkspace(file, this.options)
    this.workspace.close()
    this.workspace = next
    this.events.emit({ type: 'changed', area: 'workspace' })
  }

  /** After a term-base write: refresh those concepts in the search index and tell every window. */
  termbaseChanged(conceptIds: number[] = []): void {
    this.conceptIndex.invalidate(conceptIds)
    this.events.emit({ type: 'changed', area: 'termbase' })
  }

  close(): void {
    this.workspace.close()
  }
}

async function openWorkspace(db: string | undefined, options: AppOptions): Promise<Workspace> {
  const defaultFile = defaultWorkspaceFile()
  const file = db ? resolve(db) : defaultFile
  const isDefault = file === defaultFile
  const workspace = await Workspace.open(file, {
    isDefault,
    backupsDir: backupsDirFor(file),
    nativeBinding: options.nativeBinding
  })
  // The app never opens empty: the default workspace starts with the seed corpus.
  if (workspace.createdNow && isDefault) {
    await importCorpusPaths(workspace.db, [options.seedsDir], noContext)
  }
  return workspace
}
