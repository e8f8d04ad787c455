// The Electron shell: one window, one IPC channel, the same handlers as the CLI and browser mode.
// The only module of src/main that imports electron; its decisions live in shell-policy.ts.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron'

import { AppContext } from './app-context'
import { appRoot, seedsDir } from './app-paths'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'
import { withNativeFiles } from './native-files'
import { externalLink, isTrustedSender, rendererEntry, shellTexts } from './shell-policy'
import { userDataDir } from './workspace/paths'
import { setProcessLabel } from './workspace/writer-notes'

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

// The CLI and browser mode compute the same folder without Electron; make sure both agree.
app.setPath('userData', userDataDir())
setProcessLabel('the Shuyu app')
const entry = rendererEntry(process.env, app.isPackaged, join(__dirname, '../renderer/index.html'))

/** better-sqlite3 built for Electron's ABI by scripts/electron-native.mjs, beside the Node build. */
function electronNativeBinding(): string | undefined {
  const candidates = [
    join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
    join(appRoot(), '.electron-native', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
  ]
  return candidates.find((file) => existsSync(file))
}

async function main(): Promise<void> {
  await app.whenReady()
  const nativeBinding = electronNativeBinding()
  const context = await AppContext.open({ seedsDir: seedsDir(), nativeBinding, interactive: true })
  // Native open/save dialogs and "Show in folder" answer workspace/pickFile and workspace/showInFolder here only.
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const handlers = withNativeFiles(createHandlers(context), {
    showOpenDialog: (options) => dialog.showOpenDialog(parent(), options),
    showSaveDialog: (options) => dialog.showSaveDialog(parent(), options),
    showItemInFolder: (path) => shell.showItemInFolder(path)
  })

  ipcMain.handle('api', (event, name: unknown, arg: unknown) => {
    // Only the app's own page, in the window's top frame, speaks to the handlers.
    if (!isTrustedSender(event.senderFrame, entry)) {
      return { ok: false, error: { code: 'invalid-argument', message: 'Refused: not the app’s own page' } }
    }
    return dispatch(context, handlers, String(name), arg)
  })
  context.events.subscribe((event) => {
    for (const win of BrowserWindow.getAllWindows()) win.webContents.send('api:event', event)
  })

  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CSP] } })
  })
  // No remote content and no permissions: Shuyu is offline by design (asked for, or merely checked).
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)

  const language = () => context.workspace.settings.get('ui.language') ?? app.getLocale()
  createWindow(language)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(language)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => context.close())
}

function createWindow(language: () => string): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    show: false,
    title: 'Shuyu 术语',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true
    }
  })
  win.once('ready-to-show', () => win.show())
  // Links open in the system browser, never inside the app, and only http(s) after the user agrees to
  // that host; the window never navigates away.
  win.webContents.setWindowOpenHandler(({ url }) => {
    const link = externalLink(url)
    if (link) {
      const text = shellTexts(language()).link
      void dialog
        .showMessageBox(win, {
          type: 'question',
          buttons: [text.open, text.cancel],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
          message: text.message(link.host),
          detail: link.url
        })
        .then(({ response }) => (response === 0 ? shell.openExternal(link.url) : undefined))
    }
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event) => event.preventDefault())
  // An editor with unsaved edits cancels unloading (beforeunload); Electron would then silently refuse to
  // close or reload. Ask instead, in the UI language; preventDefault here lets the unload go ahead.
  win.webContents.on('will-prevent-unload', (event) => {
    const text = shellTexts(language()).unload
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      buttons: [text.stay, text.leave],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
      message: text.message,
      detail: text.detail
    })
    if (choice === 1) event.preventDefault()
  })
  if (entry.file) void win.loadFile(entry.file)
  else void win.loadURL(entry.url)
}

void main()
