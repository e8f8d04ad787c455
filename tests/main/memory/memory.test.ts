import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { runCli } from '../../../src/main/cli/run-cli'
import { flattenBeads, POLICY_BEADS } from '../../fixtures/memory/policy-parallel'
import { captureIO } from '../../helpers/temp-home'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

async function loadBeads() {
  for (const bead of POLICY_BEADS) {
    if (bead.en.length && bead.zh.length)
      await t.call('memory/add', { source: bead.en.join(' '), target: bead.zh.join('') })
  }
}

describe('translation memory', () => {
  it('matches exact units first, then fuzzy ones above the threshold, in both directions', async () => {
    await loadBeads()
    const exact = 'We must develop new quality productive forces in light of local conditions.'
    const [top] = await t.call('memory/match', { text: exact })
    expect(top.exact).toBe(true)
    expect(top.score).toBe(100)
    expect(top.unit.target).toBe('要因地制宜发展新质生产力。')

    const fuzzy = await t.call('memory/match', {
      text: 'We must develop new quality productive forces in light of national conditions.'
    })
    expect(fuzzy[0].unit.target).toBe('要因地制宜发展新质生产力。')
    expect(fuzzy[0].score).toBeGreaterThanOrEqual(70)
    expect(fuzzy[0].score).toBeLessThan(100)
    expect(fuzzy[0].diff.some((d) => d.op !== 'equal')).toBe(true)

    expect(await t.call('memory/match', { text: 'Completely unrelated sentence about football.' })).toEqual([])
    expect(await t.call('memory/match', { text: '' })).toEqual([])
    const long = await t.call('memory/match', { text: 'development '.repeat(1500) })
    expect(Array.isArray(long)).toBe(true)
  })

  it('edits and deletes units, undoably', async () => {
    const unit = await t.call('memory/add', { source: 'dual circulation', target: '双循环' })
    await t.call('memory/update', { id: unit.id, target: '国内国际双循环' })
    expect((await t.call('memory/list', {})).rows[0].target).toBe('国内国际双循环')
    await t.call('memory/delete', { id: unit.id })
    expect((await t.call('memory/list', {})).total).toBe(0)
    await t.call('workspace/undo', {})
    expect((await t.call('memory/list', {})).total).toBe(1)
    await t.call('workspace/undo', {})
    expect((await t.call('memory/list', {})).rows[0].target).toBe('双循环')
  })

  it('recognises term-base terms with their renderings, each with its own status', async () => {
    await t.call('termbase/save', {
      terms: [
        { lang: 'en', text: 'new quality productive forces', status: 'preferred', pos: '', usageNote: '' },
        { lang: 'zh-CN', text: '新质生产力', status: 'preferred', pos: '', usageNote: '' },
        { lang: 'zh-CN', text: '新型生产力', status: 'forbidden', pos: '', usageNote: '' },
        { lang: 'zh-CN', text: '先进生产力', status: 'deprecated', pos: '', usageNote: '' },
        { lang: 'zh-CN', text: '新质生产要素', status: 'admitted', pos: '', usageNote: '' }
      ]
    })
    const [hit] = await t.call('memory/recognise', { text: 'Developing New Quality Productive Force is key.' })
    // Each rendering keeps its own status, preferred first: deprecated is not forbidden, admitted not preferred.
    expect(hit.renderings).toEqual([
      { text: '新质生产力', status: 'preferred' },
      { text: '新质生产要素', status: 'admitted' },
      { text: '先进生产力', status: 'deprecated' },
      { text: '新型生产力', status: 'forbidden' }
    ])
    const [zh] = await t.call('memory/recognise', { text: '要因地制宜发展新质生产力。' })
    expect(zh.term).toBe('新质生产力')
  })

  it('suggests 新质生产力 and 高质量发展 first, with evidence', async () => {
    await loadBeads()
    const [nqpf] = await t.call('memory/suggest', { term: 'new quality productive forces' })
    expect(nqpf.text).toBe('新质生产力')
    expect(nqpf.evidence.length).toBeGreaterThan(0)
    const [hqd] = await t.call('memory/suggest', { term: 'high-quality development' })
    expect(hqd.text).toBe('高质量发展')
  })

  it('suggests English for a Chinese term, whole words, with evidence from the Chinese side', async () => {
    await loadBeads()
    const [first, ...rest] = await t.call('memory/suggest', { term: '新质生产力' })
    expect(first).toMatchObject({ text: 'new quality productive forces', lang: 'en' })
    expect(first.evidence[0].source).toContain('新质生产力')
    expect(first.freq).toBeGreaterThanOrEqual(2)
    // Never a fragment of the winner, nor the winner with a neighbour.
    for (const r of rest) expect(first.text.includes(r.text) || r.text.includes(first.text)).toBe(false)
    await expect(t.call('memory/suggest', { term: '新质生产力', direction: 'en-zh' })).rejects.toThrow(/English term/)
  })

  it('aligns a parallel pair from files (shuyu align) and stores the links with --commit', async () => {
    const { en, zh } = flattenBeads(POLICY_BEADS)
    const enFile = join(t.home.dir, 'report-en.txt')
    const zhFile = join(t.home.dir, 'report-zh.txt')
    writeFileSync(enFile, en.join('\n\n'))
    writeFileSync(zhFile, zh.join('\n\n'))
    const db = t.app.workspace.file
    const cap = captureIO()
    expect(await runCli(['align', enFile, zhFile, '--commit', '--db', db], cap.io)).toBe(0)
    const lines = cap.out.trimEnd().split('\n')
    expect(lines[0]).toBe('confidence\tenglish\tchinese')
    expect(lines.length).toBeGreaterThan(POLICY_BEADS.length * 0.9)
    expect(cap.err).toMatch(/stored \d+ translation units/)
    await t.reopen()
    const stored = (await t.call('memory/list', {})).total
    expect(stored).toBeGreaterThan(POLICY_BEADS.length * 0.8)

    // The same pair again: nothing is stored twice, and it says so.
    const again = captureIO()
    expect(await runCli(['align', enFile, zhFile, '--commit', '--db', db], again.io)).toBe(0)
    expect(again.err).toMatch(new RegExp(`stored 0 translation units \\(${stored} already in the memory`))
    // A folder is not a document: refused before anything is imported.
    const folder = captureIO()
    expect(await runCli(['align', t.home.dir, zhFile, '--db', db], folder.io)).toBe(1)
    expect(folder.err).toContain('not a file')
    await t.reopen()
    expect((await t.call('memory/list', {})).total).toBe(stored)
  })

  it('saving an alignment skips pairs the memory holds in another direction, language variant or spacing', async () => {
    // As a ZH→EN TMX of the same report would have stored it.
    await t.call('memory/add', {
      source: '发展新质生产力。',
      target: 'Develop  new quality productive forces.',
      sourceLang: 'zh-CN',
      targetLang: 'en-US'
    })
    const upload = async (name: string, text: string) =>
      (await t.call('corpus/upload', { files: [{ name, base64: Buffer.from(text).toString('base64') }] })).files[0]
        .documentId!
    const en = await upload('a.txt', 'Develop new quality productive forces.')
    const zh = await upload('b.txt', '发展新质生产力。')
    const saved = await t.call('memory/saveAlignment', {
      enDocumentId: en,
      zhDocumentId: zh,
      links: [
        { english: 'Develop new quality productive forces.', chinese: '发展新质生产力。' },
        { english: 'Pursue high-quality development.', chinese: '推动高质量发展。' }
      ]
    })
    expect(saved).toEqual({ units: 1, duplicates: 1 })
  })
})
