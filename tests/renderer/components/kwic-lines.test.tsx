import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { KwicLines } from '../../../src/renderer/src/components/kwic-lines'
import { initI18n } from '../../../src/renderer/src/i18n/setup'
import type { ContextLine } from '../../../src/shared/models'

describe('KWIC lines (static render)', () => {
  beforeAll(async () => {
    await initI18n('en')
  })

  it('aligns KWIC lines on the match and escapes the context', () => {
    const lines: ContextLine[] = [
      {
        documentId: 1,
        title: 'T',
        date: null,
        segmentId: 9,
        left: '<i>left</i> ',
        match: '新质生产力',
        right: ' right'
      }
    ]
    const html = renderToStaticMarkup(<KwicLines lines={lines} />)
    expect(html).toContain('<mark class="kwic-match">新质生产力</mark>')
    expect(html).toContain('&lt;i&gt;left&lt;/i&gt;')
    expect(html).toContain('lang="zh-CN"')
  })
})
