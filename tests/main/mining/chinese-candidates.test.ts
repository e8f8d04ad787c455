import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { hasHan } from '../../../src/shared/script'
import { SENTENCES } from '../../core/mining/zh/helpers'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const ENGLISH =
  'The State Council will deepen supply-side structural reform. ' +
  'Supply-side structural reform remains the main task this year. ' +
  'We will advance supply-side structural reform and expand domestic demand.'

/** Chinese reports (three sentences each, as the miner's core tests), one English report, one Japanese. */
function writeCorpus(): string {
  const dir = join(t.home.dir, 'corpus')
  mkdirSync(dir)
  const sentences = [...SENTENCES, ...SENTENCES.slice(6)]
  for (let i = 0; i < sentences.length; i += 3) {
    writeFileSync(join(dir, `report-${2015 + i / 3}.txt`), sentences.slice(i, i + 3).join('\n') + '\n')
  }
  writeFileSync(join(dir, 'english.txt'), ENGLISH + '\n')
  writeFileSync(join(dir, 'japanese.txt'), '新質生産力の発展を加速し、経済の高品質な発展を推進する。\n')
  return dir
}

async function mine() {
  await t.call('corpus/import', { paths: [writeCorpus()] })
  return t.call('mining/run', {})
}

describe('mining/run on a workspace of Chinese and English documents', () => {
  it('stores Chinese candidates as their own list, and says Japanese was not mined as Chinese', async () => {
    const summary = await mine()
    expect(summary.chinese?.candidates).toBeGreaterThan(0)
    // Ten Chinese files, four repeating earlier ones word for word (the import keeps one of each); the
    // Japanese one is stored as 'zh' (kanji outweigh Latin letters) and skipped by the Chinese miner.
    const stored = (await t.call('corpus/list', {})).filter((d) => d.language === 'zh')
    expect(stored).toHaveLength(7)
    expect(summary.chinese?.documents).toBe(6)
    expect(summary.documentsSkipped).toBe(1)
    expect(summary.warnings.join(' ')).toMatch(/Japanese/)

    const zh = await t.call('mining/candidates', { lang: 'zh', limit: 0 })
    const terms = zh.rows.map((r) => r.term)
    expect(terms).toContain('新质生产力')
    expect(zh.rows.every((r) => r.lang === 'zh' && hasHan(r.term))).toBe(true)
    // The Japanese document's 生産力 is nowhere: not among the Chinese candidates' occurrences either.
    expect(terms.some((term) => term.includes('生産'))).toBe(false)

    const en = await t.call('mining/candidates', { limit: 0 })
    expect(en.rows.length).toBeGreaterThan(0)
    expect(en.rows.every((r) => r.lang === 'en' && !hasHan(r.term))).toBe(true)
    expect(en.rows.map((r) => r.term.toLowerCase())).toContain('supply-side structural reform')
  })

  it('shows each occurrence in its whole sentence', async () => {
    await mine()
    const zh = await t.call('mining/candidates', { lang: 'zh', limit: 0 })
    const nqpf = zh.rows.find((r) => r.term === '新质生产力')!
    const lines = await t.call('mining/contexts', { id: nqpf.id })
    expect(lines.length).toBeGreaterThanOrEqual(3)
    const sentences = lines.map((l) => l.left + l.match + l.right)
    for (const s of sentences) expect(SENTENCES).toContain(s)
    expect(lines.every((l) => l.match === '新质生产力')).toBe(true)

    const en = await t.call('mining/candidates', { limit: 0 })
    const reform = en.rows.find((r) => r.term.toLowerCase() === 'supply-side structural reform')!
    const english = await t.call('mining/contexts', { id: reform.id })
    expect(english.map((l) => l.left + l.match + l.right)).toContain(
      'We will advance supply-side structural reform and expand domestic demand.'
    )
  })

  it('accepting a Chinese candidate makes a concept whose preferred term is zh-CN, kept over a re-mine', async () => {
    await mine()
    const zh = await t.call('mining/candidates', { lang: 'zh', limit: 0 })
    const nqpf = zh.rows.find((r) => r.term === '新质生产力')!
    const en = await t.call('mining/candidates', { limit: 1 })
    const { conceptIds } = await t.call('mining/accept', { ids: [nqpf.id] })
    await t.call('mining/accept', { ids: [en.rows[0].id] })
    const concept = await t.call('termbase/get', { id: conceptIds[0] })
    expect(concept.terms).toEqual([expect.objectContaining({ lang: 'zh-CN', text: '新质生产力', status: 'preferred' })])

    // A second run (English incremental, Chinese in full) keeps both decisions, each in its own list.
    await t.call('mining/run', {})
    const accepted = await t.call('mining/candidates', { status: 'accepted', lang: 'zh', limit: 0 })
    expect(accepted.rows.map((r) => [r.term, r.conceptId])).toEqual([['新质生产力', conceptIds[0]]])
    const acceptedEn = await t.call('mining/candidates', { status: 'accepted', limit: 0 })
    expect(acceptedEn.rows.map((r) => r.id)).toEqual([en.rows[0].id])
  })

  it('refuses to merge a Chinese candidate into an English one (two languages are a concept, not variants)', async () => {
    await mine()
    const zh = (await t.call('mining/candidates', { lang: 'zh', limit: 0 })).rows.find((r) => r.term === '新质生产力')!
    const en = (await t.call('mining/candidates', { limit: 1 })).rows[0]
    await expect(t.call('mining/merge', { ids: [zh.id], intoCandidate: en.id })).rejects.toMatchObject({
      code: 'invalid-argument',
      key: 'candidates.mergeAcrossLanguages'
    })
    expect((await t.call('mining/candidates', { lang: 'zh', limit: 0 })).rows.find((r) => r.id === zh.id)?.status).toBe(
      'new'
    )
  })

  it('drops the Chinese list when the Chinese documents are gone, and the English one stays', async () => {
    await mine()
    for (const d of await t.call('corpus/list', {})) {
      if (d.language === 'zh') await t.call('corpus/delete', { id: d.id })
    }
    const summary = await t.call('mining/run', {})
    expect(summary.chinese).toBeUndefined()
    expect((await t.call('mining/candidates', { lang: 'zh', limit: 0 })).total).toBe(0)
    expect((await t.call('mining/candidates', { limit: 0 })).total).toBeGreaterThan(0)
  })
})
