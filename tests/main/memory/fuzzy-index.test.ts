import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { NgramIndex, rankMatches, type MatchCandidate, type MatchLang } from '../../../src/core/memory'
import { FuzzyIndex } from '../../../src/main/memory/fuzzy-index'
import { readSnapshot, writeSnapshot } from '../../../src/main/memory/fuzzy-snapshot'

const dir = mkdtempSync(join(tmpdir(), 'shuyu-fuzzy-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

let seed = 7
const rand = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0
  return seed / 2 ** 32
}
const EN = ['the', 'development', 'quality', 'high', 'new', 'forces', 'productive', 'we', 'must', 'reform', 'of',
  'and', 'green', 'economy', 'open', 'market', 'rural', 'areas', 'innovation', 'policy']
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
  if (rand() < 0.5) toks[p] = pool[Math.floor(rand() * pool.length)]
  else toks.splice(p, 0, pool[Math.floor(rand() * pool.length)])
  return toks.join(lang === 'en' ? ' ' : '')
}

/** Ranked results of the persistent index, candidates verified against the live texts. */
function ranked(index: FuzzyIndex, live: Map<number, MatchCandidate>, q: string, lang: MatchLang, min: number) {
  const { ids } = index.lookup(q, lang, min)
  const cands = ids.map((id) => live.get(id)).filter((c): c is MatchCandidate => c !== undefined)
  return rankMatches(q, cands, { min, limit: 10, lang })
}

describe('FuzzyIndex', () => {
  it('returns exactly what the core NgramIndex returns, across edits, deletions, compaction and a snapshot', () => {
    for (const lang of ['en', 'zh'] as MatchLang[]) {
      const index = new FuzzyIndex()
      const live = new Map<number, MatchCandidate>()
      const texts: string[] = []
      for (let id = 1; id <= 600; id++) {
        const source = texts.length > 5 && rand() < 0.3 ? edit(texts[Math.floor(rand() * texts.length)], lang) : sentence(lang)
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
            const want = reference.lookup(q, { min, limit: 10 }).matches
            expect(ranked(idx, live, q, lang, min)).toEqual(want)
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
      expect([...base.ids]).toEqual([...live.keys()].sort((a, b) => a - b))
      check(index)
      const file = join(dir, `${lang}.tm-index`)
      writeSnapshot(file, { token: 'abc', maxId: 650, seq: 3 }, base)
      const back = readSnapshot(file)!
      expect(back.header).toEqual({ token: 'abc', maxId: 650, seq: 3 })
      check(new FuzzyIndex(back.base))
    }
  })

  it('keeps English and Chinese keys apart and never returns a deleted unit', () => {
    const index = new FuzzyIndex()
    index.add(1, 'en', 'high quality development')
    index.add(2, 'zh', '高质量发展')
    expect(index.lookup('high quality development', 'en', 70).ids).toEqual([1])
    expect(index.lookup('高质量发展', 'zh', 70).ids).toEqual([2])
    index.compact()
    index.remove(1)
    expect(index.lookup('high quality development', 'en', 70).ids).toEqual([])
    index.add(1, 'en', 'green development')
    expect(index.lookup('high quality development', 'en', 60).ids).toEqual([])
    expect(index.lookup('green development', 'en', 70).ids).toEqual([1])
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
