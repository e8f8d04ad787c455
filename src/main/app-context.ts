import { resolve } from 'node:path'

import { noContext } from './call-context'
import { deferLargeCatchUp } from './concordance/index-segments'
import { importCorpusPaths } from './corpus/import-corpus'
import { UploadSpool } from './corpus/upload-spool'
import type { Db } from './db/open-database'
import { cleanOrphanedSnapshotTemps } from './disk/snapshot-file'
import { EventBus } from './events'
import { JobRegistry } from './jobs/job-registry'
import { JobRunner } from './jobs/job-runner'
import { WriteGate } from './jobs/write-gate'
import { type HandOver, UnitIndex } from './memory/unit-index'
import { ConceptIndex } from './termbase/concept-index'
import { backupsDirFor, defaultWorkspaceFile } from './workspace/paths'
import { Workspace } from './workspace/workspace'

/** Edits of the main thread after which a background job checkpoints the WAL (interactive mode). */
const EDITS_PER_CHECKPOINT = 500

export interface AppOptions {
  /** Workspace file; the default workspace in the user-data folder when absent. */
  db?: string
  /** The default corpus imported when the default workspace is first created. */
  seedsDir: string
  /** Path of an Electron-ABI better-sqlite3 addon (the desktop app); tests and CLI use the default. */
  nativeBinding?: string
  /**
   * A long-lived process with windows (the desktop app, `shuyu serve`): its main thread must never do
   * long work, so index catch-ups larger than a request may do go to background jobs and the term-base
   * index rebuilds in slices. Without it (the CLI, tests) a read brings its indexes up to date inline.
   */
  interactive?: boolean
}

/** Everything the handlers share: the open workspace, the event bus, the jobs, the in-memory indexes. */
export class AppContext {
  readonly events = new EventBus()
  /** Calls started with a jobId, so `workspace/cancelJob` can abort what a window started. */
  readonly cancellable = new JobRegistry()
  /** The main thread's edits, queued while a job holds the write lock. */
  readonly gate = new WriteGate(
    () => this.workspace.db,
    this.events,
    () => this.afterEdit()
  )
  private edits = 0
  /** Long jobs, off the main thread. */
  readonly jobs: JobRunner
  /** Uploaded files waiting for their import job. */
  readonly spool = new UploadSpool()
  /** The translation memory's fuzzy-match index (memory lookups; warmed up after a TMX import). */
  readonly unitIndex: UnitIndex
  /** The term base's search index (flexsearch), refreshed per concept after each write. */
  readonly conceptIndex: ConceptIndex

  private constructor(
    public workspace: Workspace,
    readonly options: AppOptions
  ) {
    this.jobs = new JobRunner({
      workspace: () => this.workspace,
      nativeBinding: options.nativeBinding,
      gate: this.gate,
      events: this.events
    })
    const interactive = options.interactive === true
    this.unitIndex = new UnitIndex(
      () => this.workspace.db,
      interactive ? { deferLargeWork: () => this.warmMemory() } : {}
    )
    this.conceptIndex = new ConceptIndex(() => this.workspace.db, { background: interactive })
    this.attach()
    // Another workspace, or this one restored from a backup: the in-memory index is of other units.
    this.events.subscribe((e) => {
      if (e.type === 'changed' && e.area === 'workspace') {
        this.unitIndex.reset()
        this.attach()
      }
      // Undo/redo may touch any concept: let the index find out by itself.
      if (e.type === 'changed' && (e.area === 'history' || e.area === 'workspace')) this.conceptIndex.invalidateAll()
    })
  }

  static async open(options: AppOptions): Promise<AppContext> {
    const workspace = await openWorkspace(options.db, options)
    return new AppContext(workspace, options)
  }

  /**
   * Per-workspace wiring of the interactive mode: large catch-ups become background jobs, and the main
   * connection never checkpoints the WAL (after a large import that copies hundreds of MB: seconds of a
   * frozen window); jobs checkpoint when they end, and a background job every EDITS_PER_CHECKPOINT edits.
   */
  private attach(): void {
    if (!this.options.interactive) return
    const db = this.workspace.db
    db.pragma('wal_autocheckpoint = 0')
    deferLargeCatchUp(db, () =>
      this.jobs.request(
        'concordance/index',
        () => this.events.emit({ type: 'changed', area: 'concordance' }),
        () => this.workspace.db === db
      )
    )
    void this.conceptIndex.warmUp()
  }

  private afterEdit(): void {
    if (this.options.interactive && ++this.edits % EDITS_PER_CHECKPOINT === 0) {
      this.jobs.request('workspace/checkpoint', () => undefined)
    }
  }

  /** Asks for the fuzzy-match index to be built or caught up in the background, and takes it over when done. */
  warmMemory(): void {
    const db = this.workspace.db
    this.jobs.request(
      'memory/warmUp',
      (handOver) => this.adoptMemory(handOver, db),
      () => this.workspace.db === db && this.unitIndex.needsWarmUp()
    )
  }

  /** Takes over a fuzzy-match index a job built on the connection `db` had (unless the workspace changed since). */
  adoptMemory(handOver: HandOver | null, db: Db): void {
    if (handOver && this.workspace.isOpen && this.workspace.db === db) this.unitIndex.adopt(handOver)
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
    this.spool.discardKept()
  }
}

async function openWorkspace(db: string | undefined, options: AppOptions): Promise<Workspace> {
  const defaultFile = defaultWorkspaceFile()
  const file = db ? resolve(db) : defaultFile
  const isDefault = file === defaultFile
  // A crash while a snapshot beside the workspace was written leaves its temporary file behind.
  cleanOrphanedSnapshotTemps(file)
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
