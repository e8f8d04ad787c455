import type { BackupInfo, HistoryEntry, WorkspaceInfo } from '../models'

/** What a native file dialog asks for (the desktop app's shell answers it). */
export interface PickFileArg {
  mode: 'open' | 'save'
  /** Extensions offered, without the dot (`['tbx', 'csv']`); none: any file. */
  extensions?: string[]
  /** Open: several files at once. */
  multiple?: boolean
  /** Save: the file name suggested. */
  defaultName?: string
}

/** A file sent by the window, as the server keeps it for the calls that take a path. */
export interface UploadedFile {
  name: string
  path: string
}

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
  /**
   * A native open or save dialog (#15 §1): answered by the Electron shell only; elsewhere refused
   * (key files.desktopOnly), and the window offers its own file input. Cancelled: no paths.
   */
  'workspace/pickFile': (arg: PickFileArg) => Promise<{ paths: string[] }>
  /** Shows a file in the system's file manager (the Electron shell only, like pickFile). */
  'workspace/showInFolder': (arg: { path: string }) => Promise<{ ok: true }>
  /**
   * Keeps files the window sent (browser mode: streamed to disk as they arrive, like corpus/upload) under
   * their own names until the app closes, and answers their paths for the calls that read a path
   * (exchange/preview then exchange/import of the same file, qa/run, workspace/open).
   */
  'workspace/upload': (arg: {
    files: ({ name: string; base64: string } | { name: string; spooled: string })[]
  }) => Promise<{ files: UploadedFile[] }>
  /**
   * A path to export to that browser mode then downloads (`POST /api/download {path}` serves only such
   * paths and uploads), named `name`.
   */
  'workspace/saveTarget': (arg: { name: string }) => Promise<{ path: string }>
  /** Cancels a long job started with that jobId. */
  'workspace/cancelJob': (arg: { jobId: string }) => Promise<{ ok: boolean }>
}
