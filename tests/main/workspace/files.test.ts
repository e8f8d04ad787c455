import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { AppContext } from '../../../src/main/app-context'
import { seedsDir } from '../../../src/main/app-paths'
import { safeName } from '../../../src/main/corpus/upload-spool'
import { createHandlers } from '../../../src/main/handlers'
import { dialogFilters, type NativeShell, pickFile, withNativeFiles } from '../../../src/main/native-files'
import { type RunningBridge, startWebBridge } from '../../../src/main/web-bridge'
import { useTempHome } from '../../helpers/temp-home'
import { openTestApp } from '../../helpers/test-app'

const TBX =
  '<?xml version="1.0"?><martif type="TBX" xml:lang="en"><text><body><termEntry id="c1">' +
  '<langSet xml:lang="en"><tig><term>opening up</term></tig></langSet>' +
  '<langSet xml:lang="zh-CN"><tig><term>对外开放</term></tig></langSet></termEntry></body></text></martif>'

describe('workspace files (#15 §1): upload, save target, the desktop-only dialogs', () => {
  let t: Awaited<ReturnType<typeof openTestApp>>
  beforeAll(async () => {
    t = await openTestApp()
  })
  afterAll(() => t.close())

  it('keeps an uploaded file under its own name, previewable then importable from the same path', async () => {
    const { files } = await t.call('workspace/upload', {
      files: [{ name: '术语 glossary.tbx', base64: Buffer.from(TBX).toString('base64') }]
    })
    expect(files).toHaveLength(1)
    expect(files[0].name).toBe('术语 glossary.tbx')
    expect(basename(files[0].path)).toBe('术语 glossary.tbx')
    expect(readFileSync(files[0].path, 'utf8')).toBe(TBX)
    const preview = await t.call('exchange/preview', { path: files[0].path })
    expect(preview.new).toBe(1)
    const done = await t.call('exchange/import', { path: files[0].path })
    expect(done.new).toBe(1)
    expect(t.app.spool.isKept(files[0].path)).toBe(true)
  })

  it('gives an export a kept target the download route may serve, removed when the app closes', async () => {
    const { path } = await t.call('workspace/saveTarget', { name: '../../etc/shuyu.tbx' })
    expect(basename(path)).toBe('shuyu.tbx')
    expect(existsSync(path)).toBe(false)
    const report = await t.call('exchange/export', { format: 'tbx', path })
    expect(report.concepts).toBe(1)
    expect(readFileSync(path, 'utf8')).toContain('对外开放')
    expect(t.app.spool.isKept(path)).toBe(true)
    t.app.spool.discardKept()
    expect(existsSync(path)).toBe(false)
  })

  it('refuses the native dialogs outside the desktop app, with a key the UI translates', async () => {
    await expect(t.call('workspace/pickFile', { mode: 'open' })).rejects.toThrow(/desktop app/)
    await expect(t.call('workspace/showInFolder', { path: '/tmp' })).rejects.toThrow(/desktop app/)
  })

  it('keeps an uploaded corpus file’s name as its source (not the temporary path)', async () => {
    await t.call('corpus/upload', {
      files: [{ name: 'npc-report.txt', base64: Buffer.from('The economy grew. Reform deepened.').toString('base64') }]
    })
    const doc = (await t.call('corpus/list', {})).find((d) => d.sourcePath === 'npc-report.txt')
    expect(doc).toBeDefined()
    expect(JSON.stringify(await t.call('corpus/list', {}))).not.toContain('shuyu-upload-')
  })

  it('names kept files safely', () => {
    expect(safeName('a/b\\c:d?.tbx')).toBe('c_d_.tbx')
    expect(safeName('..')).toBe('file')
    expect(safeName('...hidden.csv')).toBe('hidden.csv')
  })
})

describe('native files: the Electron shell’s answers, driven with a fake shell', () => {
  function fakeShell(answer: { open?: string[]; save?: string; canceled?: boolean }) {
    const calls: unknown[] = []
    const shell: NativeShell = {
      showOpenDialog: async (options) => {
        calls.push(['open', options])
        return { canceled: !!answer.canceled, filePaths: answer.open ?? [] }
      },
      showSaveDialog: async (options) => {
        calls.push(['save', options])
        return { canceled: !!answer.canceled, filePath: answer.save }
      },
      showItemInFolder: (path) => calls.push(['show', path])
    }
    return { shell, calls }
  }

  it('opens one or several files with the kinds asked for, then any file', async () => {
    const { shell, calls } = fakeShell({ open: ['/a/x.tbx', '/a/y.csv'] })
    expect(await pickFile(shell, { mode: 'open', extensions: ['tbx', 'csv'], multiple: true })).toEqual({
      paths: ['/a/x.tbx', '/a/y.csv']
    })
    expect(calls[0]).toEqual([
      'open',
      {
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'TBX, CSV', extensions: ['tbx', 'csv'] },
          { name: '*', extensions: ['*'] }
        ]
      }
    ])
    expect(dialogFilters([])).toBeUndefined()
  })

  it('saves with the extension added when the name has none; a cancelled dialog gives no path', async () => {
    expect(await pickFile(fakeShell({ save: '/a/terms' }).shell, { mode: 'save', extensions: ['tbx'] })).toEqual({
      paths: ['/a/terms.tbx']
    })
    expect(await pickFile(fakeShell({ save: '/a/t.xml' }).shell, { mode: 'save', extensions: ['tbx'] })).toEqual({
      paths: ['/a/t.xml']
    })
    expect(await pickFile(fakeShell({ canceled: true }).shell, { mode: 'open' })).toEqual({ paths: [] })
  })

  it('replaces only the two desktop operations, keeping their schemas', async () => {
    const t = await openTestApp()
    try {
      const handlers = createHandlers(t.app)
      const { shell, calls } = fakeShell({ open: ['/x.tmx'] })
      const native = withNativeFiles(handlers, shell)
      expect(native['workspace/info']).toBe(handlers['workspace/info'])
      expect(native['workspace/pickFile'].schema).toBe(handlers['workspace/pickFile'].schema)
      const noCall = { signal: new AbortController().signal, progress: () => undefined }
      expect(await native['workspace/pickFile'].run({ mode: 'open' }, noCall)).toEqual({ paths: ['/x.tmx'] })
      await native['workspace/showInFolder'].run({ path: '/x.tmx' }, noCall)
      expect(calls.at(-1)).toEqual(['show', '/x.tmx'])
    } finally {
      t.close()
    }
  })
})

describe('web bridge downloads (#15 §1): an export reaches the browser', () => {
  let home: ReturnType<typeof useTempHome>
  let app: AppContext
  let bridge: RunningBridge
  beforeAll(async () => {
    home = useTempHome()
    const rendererDir = join(home.dir, 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>')
    app = await AppContext.open({ db: join(home.dir, 'ws.sqlite'), seedsDir: seedsDir() })
    bridge = await startWebBridge(app, createHandlers(app), { rendererDir })
  })
  afterAll(async () => {
    await bridge.close()
    app.close()
    home.restore()
  })
  const post = (path: string, body: unknown, token = bridge.token) =>
    fetch(`http://127.0.0.1:${bridge.port}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Shuyu-Token': token },
      body: JSON.stringify(body)
    })

  it('streams an upload to a kept file and serves an export written to a save target, named', async () => {
    const up = await post('/api/workspace/upload', {
      arg: { files: [{ name: 'terms.tbx', base64: Buffer.from(TBX).toString('base64') }] }
    })
    const uploaded = ((await up.json()) as { result: { files: { path: string }[] } }).result.files[0]
    expect(readFileSync(uploaded.path, 'utf8')).toBe(TBX)
    await post('/api/exchange/import', { arg: { path: uploaded.path } })
    const target = (
      (await (await post('/api/workspace/saveTarget', { arg: { name: '术语.csv' } })).json()) as {
        result: { path: string }
      }
    ).result.path
    await post('/api/exchange/export', { arg: { format: 'csv', path: target } })
    const res = await post('/api/download', { path: target })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('术语.csv')}`)
    expect(await res.text()).toContain('对外开放')
  })

  it('serves no other file, and nothing without the token', async () => {
    const secret = join(home.dir, 'secret.txt')
    writeFileSync(secret, 'no')
    expect((await post('/api/download', { path: secret })).status).toBe(404)
    expect((await post('/api/download', { path: join(home.dir, 'ws.sqlite') })).status).toBe(404)
    const target = (
      (await (await post('/api/workspace/saveTarget', { arg: { name: 'x.tbx' } })).json()) as {
        result: { path: string }
      }
    ).result.path
    expect((await post('/api/download', { path: target }, 'wrong')).status).toBe(403)
    // A kept target not written yet is not a file.
    expect((await post('/api/download', { path: target })).status).toBe(404)
  })
})
