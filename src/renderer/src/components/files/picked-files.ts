/**
 * The one way the UI gets at files (#15 §1), whatever the shell: the desktop app asks its native dialogs
 * for paths (workspace/pickFile); browser mode takes File objects from an <input type=file> or a drop and
 * uploads them (workspace/upload), then hands the server's path to the calls that read a path. An export
 * goes to a path the user chose (desktop: Save as…) or, in browser mode, to a path the server keeps and the
 * browser then downloads. Plain functions of the ApiClient, so tests drive them with a fake one.
 */
import type { ApiClient } from '../../../../shared/api'
import type { UploadedFile } from '../../../../shared/api/workspace'
import { filesToPayload } from '../../lib/base64'

/** A file the user chose: a path on the machine the handlers run on, or the bytes the browser holds. */
export type PickedFile = { name: string; path: string } | { name: string; file: File }

export function isDesktop(api: ApiClient): boolean {
  return api.shell === 'desktop'
}

/** The last part of a path, either slash. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path
}

/** What an <input accept> says for these extensions ("" when any file will do). */
export function acceptOf(extensions: readonly string[] | undefined): string {
  return (extensions ?? []).map((e) => `.${e.replace(/^\./, '')}`).join(',')
}

/** Whether a file's name has one of the extensions (any file when none are given). */
export function hasExtension(name: string, extensions: readonly string[] | undefined): boolean {
  if (!extensions || extensions.length === 0) return true
  const lower = name.toLowerCase()
  return extensions.some((e) => lower.endsWith(`.${e.replace(/^\./, '').toLowerCase()}`))
}

/** The native open dialog (desktop only): the chosen paths, none when cancelled. */
export async function pickNative(
  api: ApiClient,
  options: { extensions?: readonly string[]; multiple?: boolean }
): Promise<PickedFile[]> {
  const { paths } = await api.invoke('workspace/pickFile', {
    mode: 'open',
    extensions: options.extensions ? [...options.extensions] : undefined,
    multiple: options.multiple
  })
  return paths.map((path) => ({ name: fileNameOf(path), path }))
}

/** Paths the handlers can read for every picked file: paths as they are, browser files uploaded (one call). */
export async function toServerPaths(api: ApiClient, picked: readonly PickedFile[]): Promise<UploadedFile[]> {
  const files = picked.filter((p): p is { name: string; file: File } => 'file' in p)
  const uploaded =
    files.length > 0
      ? (await api.invoke('workspace/upload', { files: await filesToPayload(files.map((p) => p.file)) })).files
      : []
  let next = 0
  return picked.map((p) => ('path' in p ? { name: p.name, path: p.path } : uploaded[next++]))
}

/**
 * Where an export goes when the user typed no path: desktop, the native save dialog (null when cancelled);
 * browser mode, a path the server keeps for the download that follows.
 */
export async function exportTarget(
  api: ApiClient,
  options: { defaultName: string; extensions?: readonly string[] }
): Promise<string | null> {
  if (!isDesktop(api)) return (await api.invoke('workspace/saveTarget', { name: options.defaultName })).path
  return saveAs(api, options)
}

/** The native save dialog (desktop only). */
export async function saveAs(
  api: ApiClient,
  options: { defaultName: string; extensions?: readonly string[] }
): Promise<string | null> {
  const { paths } = await api.invoke('workspace/pickFile', {
    mode: 'save',
    defaultName: options.defaultName,
    extensions: options.extensions ? [...options.extensions] : undefined
  })
  return paths[0] ?? null
}

/** Browser mode: the file the server wrote reaches the browser as a download (its own name). */
export async function downloadFile(api: ApiClient, path: string, save: (blob: Blob, name: string) => void = saveBlob) {
  if (!api.fetchFile) return
  save(await api.fetchFile(path), fileNameOf(path))
}

/** Saves bytes through the browser's download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
