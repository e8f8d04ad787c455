import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  type MatchCandidate,
  type MatchLang,
  rankBounded,
  rankMatches,
  segmentEntry,
  TokenDistance
} from '../../../src/core/memory'
import { FuzzyIndex, keyDistanceBound } from '../../../src/core/memory/fuzzy-index'
import { readSnapshot, writeSnapshot } from '../../../src/main/memory/fuzzy-snapshot'
import { inIdOrder } from '../../helpers/id-order'
import { NgramIndex } from '../../helpers/reference-ngram-index'

const dir = mkdtempSync(join(tmpdir(), 'shuyu-fuzzy-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let seed = 7
const rand = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0
  return seed / 2 ** 32
}
const EN = [
  'the',
  'development',
  'quality',
  'high',
  'new',
  'forces',
  'productive',
  'we',
  'must',
  'reform',
  'of',
  'and',
  'green',
  'economy',
  'open',
  'market',
  'rural',
  'areas',
  'innovation',
  'policy'
]
const ZH = [...'发展新质生产力高量改革开放市场经济绿色农村创新政策的和要推进']

function sentence(lang: MatchLang): string {
  const n = 3 + Math.floor(rand() * 12)
  const pool = lang === 'en' ? EN : ZH
  const toks = Array.from({ length: n }, () => pool[Math.floor(rand() * pool.length)])
  return lang === 'en' ? toks.join(' ') + '.' : toks.join('') + '。'
}

function edit(s: string, lang: MatchLang): string {
  const toks = lang === 'en' ? s.split(' ') : [...s]
  const p = Math.floor(rand() * toks.length)
  const pool = lang === 'en' ? EN : ZH
  const x = rand()
  // Case and width changes cost a quarter edit: the folded-token bound then overestimates the score.
  if (x < 0.15) toks[p] = lang === 'en' ? toks[p].toUpperCase() : toks[p] === '。' ? '.' : toks[p]
  else if (x < 0.55) toks[p] = pool[Math.floor(rand() * pool.length)]
  else toks.splice(p, 0, pool[Math.floor(rand() * pool.length)])
  return toks.join(lang === 'en' ? ' ' : '')
}

const totals = { candidates: 0, read: 0 }

/**
 * Ranked results of the persistent index, candidates verified against the live texts: all of them
 * (rankMatches), and best score bound first with early stop (rankBounded, what the app does), which
 * must agree.
 */
function ranked(
  index: FuzzyIndex,
  live: Map<number, MatchCandidate>,
  q: string,
  lang: MatchLang,
  min: number,
  limit = 10
) {
  const found = index.lookup(q, lang, min)
  const cands = [...found.ids].map((id) => live.get(id)).filter((c): c is MatchCandidate => c !== undefined)
  const all = rankMatches(q, cands, { min, limit, lang })
  let read = 0
  const fetch = (ids: number[]) => {
    read += ids.length
    return ids.map((id) => live.get(id)).filter((c): c is MatchCandidate => c !== undefined)
  }
  expect(rankBounded(q, found, fetch, { min, limit, lang })).toEqual(all)
  expect(read).toBeLessThanOrEqual(found.ids.length)
  // What the app calls: the same list.
  expect(index.rank(q, lang, min, limit, fetch)).toEqual(all)
  totals.candidates += found.ids.length
  totals.read += read
  return all
}

describe('FuzzyIndex', () => {
  it('returns exactly what the core NgramIndex returns, across edits, deletions, compaction and a snapshot', () => {
    for (const lang of ['en', 'zh'] as MatchLang[]) {
      const index = new FuzzyIndex()
      const live = new Map<number, MatchCandidate>()
      const texts: string[] = []
      for (let id = 1; id <= 600; id++) {
        const source =
          texts.length > 5 && rand() < 0.3 ? edit(texts[Math.floor(rand() * texts.length)], lang) : sentence(lang)
        texts.push(source)
        live.set(id, { id, source, target: `t${id}` })
        index.add(id, lang, source)
      }
      const check = (idx: FuzzyIndex) => {
        const reference = new NgramIndex(lang)
        for (const c of [...live.values()].sort((a, b) => a.id - b.id)) reference.add(c)
        let withMatches = 0
        for (let i = 0; i < 60; i++) {
          const q = i % 2 ? edit(texts[Math.floor(rand() * texts.length)], lang) : sentence(lang)
          for (const min of [50, 70, 90]) {
            const limit = [1, 3, 10][i % 3]
            const want = reference.lookup(q, { min, limit }).matches
            expect(ranked(idx, live, q, lang, min, limit)).toEqual(want)
            if (want.length) withMatches++
          }
        }
        // The comparison must not be vacuous.
        expect(withMatches).toBeGreaterThan(30)
      }
      index.compact()
      // Edits and deletions after the base was frozen live in the delta and the dead slots.
      for (let k = 0; k < 80; k++) {
        const id = 1 + Math.floor(rand() * 600)
        if (rand() < 0.3) {
          live.delete(id)
          index.remove(id)
        } else {
          const source = edit(texts[Math.floor(rand() * texts.length)], lang)
          live.set(id, { id, source, target: `t${id}` })
          index.add(id, lang, source)
        }
      }
      for (let id = 601; id <= 650; id++) {
        const source = sentence(lang)
        live.set(id, { id, source, target: `t${id}` })
        index.add(id, lang, source)
      }
      expect(index.pendingSize).toBeGreaterThan(50)
      check(index)
      const base = index.compact()
      expect(index.pendingSize).toBe(0)
      expect([...base.ids].sort((a, b) => a - b)).toEqual([...live.keys()].sort((a, b) => a - b))
      // Slots in length order: a lookup reads only the postings of units in its length range.
      expect(index.lengthOrdered).toBe(true)
      expect([...base.lengths]).toEqual([...base.lengths].sort((a, b) => a - b))
      check(index)
      // A base in id order (an older snapshot) answers the same, and edits still find their slots.
      const old = new FuzzyIndex(inIdOrder(base))
      expect(old.lengthOrdered).toBe(false)
      check(old)
      const someId = base.ids[3]
      old.remove(someId)
      expect([...old.lookup(live.get(someId)!.source, lang, 100).ids]).not.toContain(someId)
      const file = join(dir, `${lang}.tm-index`)
      writeSnapshot(file, { token: 'abc', maxId: 650, seq: 3 }, base)
      const back = readSnapshot(file)!
      expect(back.header).toEqual({ token: 'abc', maxId: 650, seq: 3 })
      check(new FuzzyIndex(back.base))
    }
  })

  it('reads few texts of a template-like memory and still ranks exactly as a full scan does', () => {
    // Hundreds of units differing in a slot or two, as policy memories are: thousands of candidates
    // pass the key filter at scale; the score bound must let the lookup read only a handful.
    const slots = [
      ['We', 'The government', 'Local governments', 'we', 'WE'],
      ['will promote', 'must develop', 'will deepen'],
      ['high-quality development', 'high quality development', 'green development', 'the digital economy'],
      ['this year', 'in the new era', 'by 2035', ''],
      ['.', ', with 5 billion yuan allocated.', '!']
    ]
    const index = new FuzzyIndex()
    const live = new Map<number, MatchCandidate>()
    let id = 0
    const build = (prefix: string[], k: number): void => {
      if (k === slots.length) {
        const source = prefix
          .filter(Boolean)
          .join(' ')
          .replace(/ ([.,!])/g, '$1')
        live.set(++id, { id, source, target: `t${id}` })
        index.add(id, 'en', source)
        return
      }
      for (const s of slots[k]) build([...prefix, s], k + 1)
    }
    // Case variants of the first query come first (low ids): their bound says "maybe exact", so the
    // lookup must read past all of them to find the real exact match further on.
    const words = 'We will promote high-quality development this year.'.split(' ')
    for (let v = 1; v < 40; v++) {
      const source = words.map((w, k) => ((v >> k) & 1 ? w.toUpperCase() : w)).join(' ')
      live.set(++id, { id, source, target: `t${id}` })
      index.add(id, 'en', source)
    }
    build([], 0)
    totals.candidates = 0
    totals.read = 0
    const queries = [
      'We will promote high-quality development this year.',
      'we will promote high quality development.',
      'The government must develop green development by 2035, with 5 billion yuan allocated.',
      'Local governments will deepen the digital economy!'
    ]
    for (const q of queries) {
      const all = [...live.values()]
      for (const [min, limit] of [
        [70, 10],
        [50, 3],
        [90, 1],
        [70, 100]
      ]) {
        expect(ranked(index, live, q, 'en', min, limit)).toEqual(rankMatches(q, all, { min, limit, lang: 'en' }))
      }
    }
    expect(totals.candidates).toBeGreaterThan(1000)
    expect(totals.read).toBeLessThan(totals.candidates / 2)
  })

  it('bounds the edit distance from below by the keys a unit misses and its length', () => {
    let checked = 0
    for (let i = 0; i < 3000; i++) {
      const a = segmentEntry(sentence('en'), 'en')
      const b = segmentEntry(rand() < 0.7 ? edit(edit(sentence('en'), 'en'), 'en') : sentence('en'), 'en')
      if (a.tokenCount < 2) continue
      const held = new Set(b.keys)
      const missing = a.keys.filter((key) => !held.has(key)).length
      const d = new TokenDistance(a.tokenIds).distance(b.tokenIds)
      expect(keyDistanceBound(missing, b.tokenCount - a.tokenCount)).toBeLessThanOrEqual(d)
      checked++
    }
    expect(checked).toBeGreaterThan(2000)
    // Tight cases: one substitution in the middle destroys two keys; one insertion, one key.
    expect(keyDistanceBound(2, 0)).toBe(1)
    expect(keyDistanceBound(1, 1)).toBe(1)
    expect(keyDistanceBound(5, 1)).toBe(3)
  })

  it('finds the units at both ends of the length range, with longer and shorter units around them', () => {
    // Ten tokens at min 70: units of 7 to 14 tokens can match; the 7- and 14-token ones score 70 and 71.
    const q = 'a1 a2 a3 a4 a5 a6 a7 a8 a9 a10'
    const index = new FuzzyIndex()
    const live = new Map<number, MatchCandidate>()
    const add = (id: number, source: string): void => {
      live.set(id, { id, source, target: `t${id}` })
      index.add(id, 'en', source)
    }
    add(1, `${q} b1 b2 b3 b4 b5`) // 15 tokens: out of range
    add(2, `${q} b1 b2 b3 b4`) // 14
    add(3, 'a1 a2 a3 a4 a5 a6 a7') // 7
    add(4, 'a1 a2 a3 a4 a5 a6') // 6: out of range
    add(5, `b0 ${q} b1 b2 b3 b4`) // 15
    index.compact()
    expect(index.lengthOrdered).toBe(true)
    const fetch = (ids: number[]) => ids.map((id) => live.get(id)!)
    const got = index.rank(q, 'en', 70, 10, fetch)
    expect(got.map((m) => [m.id, m.score])).toEqual([
      [2, 71],
      [3, 70]
    ])
    expect(got).toEqual(rankMatches(q, [...live.values()], { min: 70, limit: 10, lang: 'en' }))
  })

  it('keeps English and Chinese keys apart and never returns a deleted unit', () => {
    const index = new FuzzyIndex()
    index.add(1, 'en', 'high quality development')
    index.add(2, 'zh', '高质量发展')
    expect([...index.lookup('high quality development', 'en', 70).ids]).toEqual([1])
    expect([...index.lookup('高质量发展', 'zh', 70).ids]).toEqual([2])
    index.compact()
    index.remove(1)
    expect([...index.lookup('high quality development', 'en', 70).ids]).toEqual([])
    index.add(1, 'en', 'green development')
    expect([...index.lookup('high quality development', 'en', 60).ids]).toEqual([])
    expect([...index.lookup('green development', 'en', 70).ids]).toEqual([1])
  })

  it('refuses a truncated or foreign snapshot file', () => {
    const file = join(dir, 'bad.tm-index')
    const index = new FuzzyIndex()
    index.add(1, 'en', 'high quality development')
    writeSnapshot(file, { token: 't', maxId: 1, seq: 0 }, index.compact())
    expect(readSnapshot(file)).not.toBeNull()
    writeFileSync(file, 'SHUYUTMI and then garbage')
    expect(readSnapshot(file)).toBeNull()
    expect(readSnapshot(join(dir, 'missing.tm-index'))).toBeNull()
  })
})
