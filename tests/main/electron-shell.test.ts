import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { useTempHome } from '../helpers/temp-home'

// The Electron binary cannot be installed on build machines, so the shell is exercised with a fake
// `electron` module: what index.ts registers is what the desktop app runs.
const captured = vi.hoisted(() => ({
  ipc: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  windows: [] as { options: { webPreferences: Record<string, unknown> }; loaded: string[] }[],
  csp: '' as string,
  paths: new Map<string, string>()
}))

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => captured.windows
    webContents = {
      send: () => {},
      setWindowOpenHandler: () => {},
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
      setPath: (name: string, value: string) => captured.paths.set(name, value),
      whenReady: () => Promise.resolve(),
      on: () => {}
    },
    BrowserWindow,
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
        setPermissionRequestHandler: () => {}
      }
    },
    shell: { openExternal: () => Promise.resolve() }
  }
})

let home: ReturnType<typeof useTempHome>
beforeAll(async () => {
  home = useTempHome()
  await import('../../src/main/index')
  await vi.waitFor(() => expect(captured.windows.length).toBe(1), { timeout: 20_000 })
})
afterAll(() => home.restore())

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
    const info = (await api({}, 'workspace/info', {})) as {
      ok: boolean
      result: { documents: number; isDefault: boolean }
    }
    expect(info.ok).toBe(true)
    expect(info.result).toMatchObject({ documents: 5, isDefault: true })
    const bad = (await api({}, 'corpus/get', { id: -1 })) as { ok: boolean; error: { code: string } }
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    const unknown = (await api({}, 'fs/readFile', { path: '/etc/passwd' })) as { ok: boolean }
    expect(unknown.ok).toBe(false)
  })
})
