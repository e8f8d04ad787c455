import type { BackupInfo, HistoryEntry, WorkspaceInfo } from '../models'

/** The workspace file itself, settings, backups, undo. */
export interface WorkspaceApi {
  'workspace/info': (arg: Record<string, never>) => Promise<WorkspaceInfo>
  /** Opens (or creates) another workspace file; Electron and browser mode alike. */
  'workspace/open': (arg: { path: string }) => Promise<WorkspaceInfo>
  'workspace/backup': (arg: Record<string, never>) => Promise<BackupInfo>
  'workspace/backups': (arg: Record<string, never>) => Promise<BackupInfo[]>
  /** Replaces the workspace with a backup; the current state is backed up first. */
  'workspace/restore': (arg: { file: string }) => Promise<WorkspaceInfo>
  'workspace/getSetting': (arg: { key: string }) => Promise<string | null>
  'workspace/setSetting': (arg: { key: string; value: string }) => Promise<{ ok: true }>
  'workspace/history': (arg: { conceptId?: number; limit?: number }) => Promise<HistoryEntry[]>
  /** Undoes the newest change; with `id`, only that change and only while it is the newest (else a conflict). */
  'workspace/undo': (arg: { id?: number }) => Promise<HistoryEntry | null>
  'workspace/redo': (arg: Record<string, never>) => Promise<HistoryEntry | null>
  /** Cancels a long job started with that jobId. */
  'workspace/cancelJob': (arg: { jobId: string }) => Promise<{ ok: boolean }>
}
