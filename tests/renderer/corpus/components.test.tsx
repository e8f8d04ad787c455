import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { DocumentTable } from '../../../src/renderer/src/screens/corpus/document-table'
import { ImportStatus } from '../../../src/renderer/src/screens/corpus/import-status'
import type { CorpusImportState } from '../../../src/renderer/src/screens/corpus/use-corpus-import'
import type { DocumentSummary } from '../../../src/shared/models'

const documents: DocumentSummary[] = [
  {
    id: 4,
    title: 'Innovation set to boost strength in key sectors',
    date: '2025-03-12',
    language: 'en',
    words: 12345,
    segments: 40,
    sourcePath: null,
    format: 'txt',
    importedAt: '2025-03-12T08:00:00Z'
  },
  {
    id: 9,
    title: '新质生产力',
    date: null,
    language: 'zh',
    words: 800,
    segments: 12,
    sourcePath: null,
    format: 'txt',
    importedAt: '2025-03-12T08:00:00Z'
  }
]

const idle: CorpusImportState = { running: false, fileCount: 0, progress: null, report: null, cancelled: false }
const noop = () => undefined

// Rendered on the server (no DOM in the unit tests): checks what the markup says, per language.
describe('renderer components', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('en')
  })

  it('shows document rows with localised dates, numbers and language names in Chinese', async () => {
    await i18n.changeLanguage('zh-CN')
    const html = renderToStaticMarkup(<DocumentTable documents={documents} onOpen={noop} />)
    expect(html.match(/data-testid="document-row"/g)).toHaveLength(2)
    expect(html).toContain('2025年3月12日')
    expect(html).toContain('12,345')
    expect(html).toContain('英文')
    expect(html).toContain('标题')
    // Newest first by default; the undated document sinks to the end.
    expect(html.indexOf('Innovation')).toBeLessThan(html.indexOf('新质生产力'))
  })

  it('summarises an import and names each failed file with its error', async () => {
    await i18n.changeLanguage('en')
    const state: CorpusImportState = {
      ...idle,
      report: {
        imported: 2,
        duplicates: 1,
        failed: 1,
        files: [{ file: '/tmp/scan.pdf', status: 'failed', error: 'No text layer' }]
      }
    }
    const html = renderToStaticMarkup(<ImportStatus state={state} onCancel={noop} onDismiss={noop} />)
    expect(html).toContain('2 imported')
    expect(html).toContain('1 duplicate<')
    expect(html).toContain('1 failed')
    expect(html).toMatch(/scan\.pdf<\/span><span class="failure-message">No text layer/)
  })

  it('shows a determinate progress bar once the job reports totals', async () => {
    await i18n.changeLanguage('zh-CN')
    const running: CorpusImportState = { ...idle, running: true, fileCount: 3, progress: { done: 1, total: 4 } }
    const html = renderToStaticMarkup(<ImportStatus state={running} onCancel={noop} onDismiss={noop} />)
    expect(html).toContain('aria-valuenow="25"')
    expect(html).toContain('正在导入：1 / 4')
    const starting = renderToStaticMarkup(
      <ImportStatus state={{ ...running, progress: null }} onCancel={noop} onDismiss={noop} />
    )
    expect(starting).toContain('progress-indeterminate')
    expect(starting).toContain('正在读取 3 个文件')
  })
})
