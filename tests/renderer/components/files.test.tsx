import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { ApiProvider } from '../../../src/renderer/src/api-context'
import { FeedbackProvider } from '../../../src/renderer/src/components/feedback'
import { BrowseButton } from '../../../src/renderer/src/components/files/browse-button'
import { ExportedFile } from '../../../src/renderer/src/components/files/exported-file'
import {
  acceptOf,
  downloadFile,
  exportTarget,
  fileNameOf,
  hasExtension,
  pickNative,
  toServerPaths
} from '../../../src/renderer/src/components/files/picked-files'
import { SaveAsButton } from '../../../src/renderer/src/components/files/save-as-button'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { createHttpClient } from '../../../src/renderer/src/lib/http-client'
import type { ApiClient } from '../../../src/shared/api'

/** A fake client recording its calls, answering the file operations like the handlers. */
function fakeApi(shell: 'desktop' | 'browser', picked: string[] = []) {
  const calls: [string, unknown][] = []
  const api: ApiClient = {
    shell,
    invoke: (async (name: string, arg: unknown) => {
      calls.push([name, arg])
      if (name === 'workspace/pickFile') return { paths: picked }
      if (name === 'workspace/saveTarget') return { path: `/tmp/kept/${(arg as { name: string }).name}` }
      if (name === 'workspace/upload') {
        const files = (arg as { files: { name: string }[] }).files
        return { files: files.map((f) => ({ name: f.name, path: `/tmp/kept/${f.name}` })) }
      }
      throw new Error(`unexpected ${name}`)
    }) as ApiClient['invoke'],
    onEvent: () => () => undefined,
    ...(shell === 'browser' ? { fetchFile: async (path: string) => new Blob([`bytes of ${path}`]) } : {})
  }
  return { api, calls }
}

describe('picked files (#15 §1): one way to files in both shells', () => {
  it('sends only the files the browser holds, in one upload, and keeps the order of the pick', async () => {
    const { api, calls } = fakeApi('browser')
    const picked = [
      { name: 'a.tbx', file: new File(['<martif/>'], 'a.tbx') },
      { name: 'b.tbx', path: '/home/me/b.tbx' },
      { name: 'c.csv', file: new File(['en,zh'], 'c.csv') }
    ]
    expect(await toServerPaths(api, picked)).toEqual([
      { name: 'a.tbx', path: '/tmp/kept/a.tbx' },
      { name: 'b.tbx', path: '/home/me/b.tbx' },
      { name: 'c.csv', path: '/tmp/kept/c.csv' }
    ])
    expect(calls).toHaveLength(1)
    const sent = (calls[0][1] as { files: { name: string; base64: string }[] }).files
    expect(sent.map((f) => [f.name, atob(f.base64)])).toEqual([
      ['a.tbx', '<martif/>'],
      ['c.csv', 'en,zh']
    ])
    // Paths alone: no upload at all.
    const quiet = fakeApi('desktop')
    await toServerPaths(quiet.api, [{ name: 'x', path: '/x' }])
    expect(quiet.calls).toEqual([])
  })

  it('exports where the save dialog says (desktop) or to a kept file for the download (browser)', async () => {
    const desktop = fakeApi('desktop', ['/home/me/terms.tbx'])
    expect(await exportTarget(desktop.api, { defaultName: 'shuyu-termbase.tbx', extensions: ['tbx'] })).toBe(
      '/home/me/terms.tbx'
    )
    expect(desktop.calls[0]).toEqual([
      'workspace/pickFile',
      { mode: 'save', defaultName: 'shuyu-termbase.tbx', extensions: ['tbx'] }
    ])
    expect(await exportTarget(fakeApi('desktop', []).api, { defaultName: 'x.tbx' })).toBeNull()
    const browser = fakeApi('browser')
    expect(await exportTarget(browser.api, { defaultName: 'shuyu-termbase.tbx' })).toBe('/tmp/kept/shuyu-termbase.tbx')
    expect(browser.calls.map((c) => c[0])).toEqual(['workspace/saveTarget'])
  })

  it('downloads in browser mode under the file’s own name, and does nothing in the desktop app', async () => {
    const saved: [string, string][] = []
    const save = (blob: Blob, name: string) => void blob.text().then((text) => saved.push([name, text]))
    await downloadFile(fakeApi('browser').api, '/tmp/kept/术语.csv', save)
    await downloadFile(fakeApi('desktop').api, '/tmp/kept/x.csv', save)
    await new Promise((r) => setTimeout(r, 0))
    expect(saved).toEqual([['术语.csv', 'bytes of /tmp/kept/术语.csv']])
  })

  it('names native picks by their file name; filters by extension', async () => {
    expect(await pickNative(fakeApi('desktop', ['C:\\docs\\a.tmx', '/b/c.tmx']).api, {})).toEqual([
      { name: 'a.tmx', path: 'C:\\docs\\a.tmx' },
      { name: 'c.tmx', path: '/b/c.tmx' }
    ])
    expect(fileNameOf('/a/b/')).toBe('/a/b/')
    expect(acceptOf(['tbx', '.csv'])).toBe('.tbx,.csv')
    expect(hasExtension('X.TBX', ['tbx'])).toBe(true)
    expect(hasExtension('x.txt', ['tbx'])).toBe(false)
    expect(hasExtension('anything', undefined)).toBe(true)
  })

  it('the browser client posts the path to /api/download with the token and returns the bytes', async () => {
    const seen: [string, RequestInit | undefined][] = []
    const client = createHttpClient({
      token: 'tok',
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        seen.push([String(input), init])
        return new Response('data', { status: 200 })
      }) as typeof fetch,
      openEvents: () => ({ onmessage: null, close: () => undefined })
    })
    expect(client.shell).toBe('browser')
    expect(await (await client.fetchFile!('/tmp/kept/a.tbx')).text()).toBe('data')
    expect(seen[0][0]).toBe('/api/download')
    expect((seen[0][1]?.headers as Record<string, string>)['X-Shuyu-Token']).toBe('tok')
    expect(JSON.parse(String(seen[0][1]?.body))).toEqual({ path: '/tmp/kept/a.tbx' })
  })
})

describe('file buttons in each shell', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })
  const render = (api: ApiClient, node: ReactNode) =>
    renderToStaticMarkup(
      <ApiProvider client={api}>
        <FeedbackProvider>{node}</FeedbackProvider>
      </ApiProvider>
    )

  it('Browse… has a file input in the browser only; Save as… exists on the desktop only', async () => {
    const browse = <BrowseButton extensions={['tbx', 'csv']} testId="b" onPicked={() => undefined} />
    const inBrowser = render(fakeApi('browser').api, browse)
    expect(inBrowser).toContain('type="file"')
    expect(inBrowser).toContain('accept=".tbx,.csv"')
    expect(inBrowser).toContain('Browse…')
    expect(render(fakeApi('desktop').api, browse)).not.toContain('type="file"')
    const save = <SaveAsButton defaultName="x.tbx" testId="s" onPath={() => undefined} />
    expect(render(fakeApi('desktop').api, save)).toContain('Save as…')
    expect(render(fakeApi('browser').api, save)).toBe('')
    await i18n.changeLanguage('zh-CN')
    expect(render(fakeApi('browser').api, browse)).toContain('浏览…')
    expect(render(fakeApi('desktop').api, save)).toContain('另存为…')
    await i18n.changeLanguage('en')
  })

  it('after an export: Show in folder on the desktop, Download in the browser', () => {
    expect(render(fakeApi('desktop').api, <ExportedFile path="/a.tbx" testId="e" />)).toContain('Show in folder')
    expect(render(fakeApi('browser').api, <ExportedFile path="/a.tbx" testId="e" />)).toContain('Download')
  })
})
