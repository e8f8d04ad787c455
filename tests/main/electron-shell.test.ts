import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { externalLink, isTrustedSender, rendererEntry } from '../../src/main/shell-policy'
import { useTempHome } from '../helpers/temp-home'

// The Electron binary cannot be installed on build machines, so the shell is exercised with a fake
// `electron` module: what index.ts registers is what the desktop app runs.
const captured = vi.hoisted(() => ({
  ipc: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  windows: [] as {
    options: { webPreferences: Record<string, unknown> }
    loaded: string[]
    openHandler: ((d: { url: string }) => { action: string }) | null
  }[],
  csp: '' as string,
  paths: new Map<string, string>(),
  permissionCheck: null as null | ((...args: unknown[]) => boolean),
  permissionRequest: null as null | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
  dialogs: [] as { message: string; detail?: string; buttons: string[] }[],
  dialogAnswer: 1,
  opened: [] as string[]
}))

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => captured.windows
    openHandler: ((d: { url: string }) => { action: string }) | null = null
    webContents = {
      send: () => {},
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => (this.openHandler = fn),
      on: () => {}
    }
    loaded: string[] = []
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      captured.windows.push(this as never)
    }
    once() {}
    loadFile(file: string) {
      this.loaded.push(file)
      return Promise.resolve()
    }
    loadURL(url: string) {
      this.loaded.push(url)
      return Promise.resolve()
    }
  }
  return {
    app: {
      isPackaged: false,
      setPath: (name: string, value: string) => captured.paths.set(name, value),
      whenReady: () => Promise.resolve(),
      getLocale: () => 'en-US',
      on: () => {}
    },
    BrowserWindow,
    dialog: {
      showMessageBox: (_win: unknown, options: { message: string; detail?: string; buttons: string[] }) => {
        captured.dialogs.push(options)
        return Promise.resolve({ response: captured.dialogAnswer })
      },
      showMessageBoxSync: () => 0
    },
    ipcMain: {
      handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => captured.ipc.set(channel, fn)
    },
    session: {
      defaultSession: {
        webRequest: {
          onHeadersReceived: (
            fn: (d: { responseHeaders: object }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void
          ) => fn({ responseHeaders: {} }, (r) => (captured.csp = r.responseHeaders['Content-Security-Policy'][0]))
        },
        setPermissionRequestHandler: (fn: typeof captured.permissionRequest) => (captured.permissionRequest = fn),
        setPermissionCheckHandler: (fn: typeof captured.permissionCheck) => (captured.permissionCheck = fn)
      }
    },
    shell: {
      openExternal: (url: string) => {
        captured.opened.push(url)
        return Promise.resolve()
      }
    }
  }
})

let home: ReturnType<typeof useTempHome>
let ownPage: string
beforeAll(async () => {
  home = useTempHome()
  delete process.env.ELECTRON_RENDERER_URL
  await import('../../src/main/index')
  await vi.waitFor(() => expect(captured.windows.length).toBe(1), { timeout: 20_000 })
  ownPage = pathToFileURL(captured.windows[0].loaded[0]).href
})
afterAll(() => home.restore())

/** An IPC event as Electron delivers it from a frame showing `url`. */
const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } })

describe('Electron shell (src/main/index.ts)', () => {
  it('opens a hardened window: context isolation, sandbox, no node integration, strict CSP', () => {
    const prefs = captured.windows[0].options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false })
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/)
    expect(captured.csp).toContain("default-src 'self'")
    expect(captured.csp).toContain("script-src 'self'")
  })

  it('uses the same user-data folder as the CLI and serves the contract on one IPC channel', async () => {
    expect(captured.paths.get('userData')).toBe(home.dir)
    expect([...captured.ipc.keys()]).toEqual(['api'])
    const api = captured.ipc.get('api')!
    const info = (await api(from(`${ownPage}#/termbase`), 'workspace/info', {})) as {
      ok: boolean
      result: { documents: number; isDefault: boolean }
    }
    expect(info.ok).toBe(true)
    expect(info.result).toMatchObject({ documents: 5, isDefault: true })
    const bad = (await api(from(ownPage), 'corpus/get', { id: -1 })) as { ok: boolean; error: { code: string } }
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    const unknown = (await api(from(ownPage), 'fs/readFile', { path: '/etc/passwd' })) as { ok: boolean }
    expect(unknown.ok).toBe(false)
  })

  it('answers only the app’s own page in the top frame (event.senderFrame)', async () => {
    const api = captured.ipc.get('api')!
    const refused = { ok: false, error: { code: 'invalid-argument' } }
    expect(await api(from(ownPage, { url: ownPage }), 'workspace/info', {})).toMatchObject(refused)
    expect(await api(from('https://evil.example/'), 'workspace/info', {})).toMatchObject(refused)
    expect(await api(from('file:///tmp/other.html'), 'workspace/info', {})).toMatchObject(refused)
    expect(await api({ senderFrame: null }, 'workspace/info', {})).toMatchObject(refused)
    expect(await api({}, 'workspace/info', {})).toMatchObject(refused)
  })

  it('grants no permission, asked for or merely checked', () => {
    expect(captured.permissionCheck?.(null, 'geolocation', 'file://', {})).toBe(false)
    let granted: boolean | null = null
    captured.permissionRequest?.(null, 'media', (ok) => (granted = ok))
    expect(granted).toBe(false)
  })

  it('opens only http(s) links outside, after a question naming the host', async () => {
    const open = captured.windows[0].openHandler!
    captured.dialogAnswer = 1 // Cancel
    expect(open({ url: 'https://www.gov.cn/zhengce/' })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(captured.dialogs).toHaveLength(1))
    expect(captured.dialogs[0].message).toContain('www.gov.cn')
    expect(captured.opened).toEqual([])
    captured.dialogAnswer = 0 // Open
    open({ url: 'http://example.org/a?b=1' })
    await vi.waitFor(() => expect(captured.opened).toEqual(['http://example.org/a?b=1']))
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'ms-settings:']) {
      expect(open({ url })).toEqual({ action: 'deny' })
    }
    expect(captured.dialogs).toHaveLength(2)
    expect(captured.opened).toHaveLength(1)
  })
})

describe('shell policy', () => {
  const built = join('/opt/shuyu/resources/app/out/renderer/index.html')

  it('ignores ELECTRON_RENDERER_URL in a packaged app, and takes only a local dev server otherwise', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }
    expect(rendererEntry(env, true, built)).toEqual({ url: pathToFileURL(built).href, file: built })
    expect(rendererEntry(env, false, built)).toEqual({ url: 'http://localhost:5173/', file: null })
    expect(rendererEntry({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false, built).file).toBe(built)
  })

  it('trusts the dev server by origin and the built page by its exact file', () => {
    const dev = { url: 'http://localhost:5173/' }
    expect(isTrustedSender({ url: 'http://localhost:5173/#/memory', parent: null }, dev)).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, dev)).toBe(false)
    const file = { url: pathToFileURL(built).href }
    expect(isTrustedSender({ url: `${file.url}?x#y`, parent: null }, file)).toBe(true)
    expect(isTrustedSender({ url: pathToFileURL('/opt/shuyu/evil.html').href, parent: null }, file)).toBe(false)
  })

  it('reads links strictly', () => {
    expect(externalLink('https://user:pw@host.example:8443/p')).toEqual({
      url: 'https://user:pw@host.example:8443/p',
      host: 'host.example:8443'
    })
    expect(externalLink('HTTP://Example.ORG')).toEqual({ url: 'http://example.org/', host: 'example.org' })
    expect(externalLink('not a url')).toBeNull()
    expect(externalLink('data:text/html,hi')).toBeNull()
  })
})
