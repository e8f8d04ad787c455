/**
 * The desktop app's answers to `workspace/pickFile` and `workspace/showInFolder` (#15 §1): native open and
 * save dialogs and the file manager. Everything but the three Electron calls lives here, so index.ts (the
 * only module importing electron) stays a few lines and tests drive this with fakes.
 */
import { extname } from 'node:path'

import type { PickFileArg } from '../shared/api/workspace'
import type { Handlers } from './handlers'

/** The Electron calls used, as plain functions (dialog.showOpenDialog and friends, bound to the window). */
export interface NativeShell {
  showOpenDialog(options: {
    properties: ('openFile' | 'multiSelections')[]
    filters?: { name: string; extensions: string[] }[]
  }): Promise<{ canceled: boolean; filePaths: string[] }>
  showSaveDialog(options: {
    defaultPath?: string
    filters?: { name: string; extensions: string[] }[]
  }): Promise<{ canceled: boolean; filePath?: string }>
  showItemInFolder(path: string): void
}

/** The dialog's filter list: the kinds asked for first, then "All files" (a file may be misnamed). */
export function dialogFilters(extensions: string[] | undefined): { name: string; extensions: string[] }[] | undefined {
  if (!extensions || extensions.length === 0) return undefined
  const list = extensions.map((e) => e.replace(/^\./, ''))
  return [
    { name: list.map((e) => e.toUpperCase()).join(', '), extensions: list },
    { name: '*', extensions: ['*'] }
  ]
}

/** A save path gets the extension asked for when the user typed a name without one. */
export function withDefaultExtension(path: string, extensions: string[] | undefined): string {
  const first = extensions?.[0]
  if (!first || extname(path)) return path
  return `${path}.${first.replace(/^\./, '')}`
}

export async function pickFile(shell: NativeShell, arg: PickFileArg): Promise<{ paths: string[] }> {
  const filters = dialogFilters(arg.extensions)
  if (arg.mode === 'save') {
    const result = await shell.showSaveDialog({ defaultPath: arg.defaultName, filters })
    if (result.canceled || !result.filePath) return { paths: [] }
    return { paths: [withDefaultExtension(result.filePath, arg.extensions)] }
  }
  const properties: ('openFile' | 'multiSelections')[] = arg.multiple ? ['openFile', 'multiSelections'] : ['openFile']
  const result = await shell.showOpenDialog({ properties, filters })
  return { paths: result.canceled ? [] : result.filePaths }
}

/** The handlers with the two desktop-only operations answered by the shell (their schemas are kept). */
export function withNativeFiles(handlers: Handlers, shell: NativeShell): Handlers {
  return {
    ...handlers,
    'workspace/pickFile': { schema: handlers['workspace/pickFile'].schema, run: (arg) => pickFile(shell, arg) },
    'workspace/showInFolder': {
      schema: handlers['workspace/showInFolder'].schema,
      run: async ({ path }) => {
        shell.showItemInFolder(path)
        return { ok: true as const }
      }
    }
  }
}
