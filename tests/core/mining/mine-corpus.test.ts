import { describe, expect, it } from 'vitest'

import {
  keepsCandidate,
  mergeStats,
  mineCorpus,
  mineDocuments,
  MiningCancelled,
  rankStats
} from '../../../src/core/mining/index'
import { doc, reference } from './helpers'

const ref = reference()

describe('mineCorpus: grouping and offsets', () => {
  it('groups plural/singular, case and hyphen/space variants, keeping every surface form', () => {
    const docs = [
      doc(1, 'High-quality development matters. We pursue high-quality development every year.'),
      doc(2, 'They discussed high quality development and wind turbines.', 'A wind turbine spins.')
    ]
    const res = mineCorpus(docs, { reference: ref, limit: 100 })
    const hq = res.candidates.find((c) => c.key === 'high quality development')
    expect(hq).toBeDefined()
    expect(hq!.freq).toBe(3)
    expect(hq!.docs).toBe(2)
    expect(hq!.variants).toEqual(expect.arrayContaining(['high-quality development', 'high quality development']))
    const wt = res.candidates.find((c) => c.key === 'wind turbine')
    expect(wt!.variants).toEqual(expect.arrayContaining(['wind turbines', 'wind turbine']))
    // Offsets point at the surface text in the segment.
    const byId = new Map(docs.flatMap((d) => d.segments).map((s) => [s.id, s.text]))
    for (const o of hq!.occurrences) {
      expect(byId.get(o.segmentId)!.slice(o.start, o.end).toLowerCase().replace('-', ' ')).toBe(
        'high quality development'
      )
    }
  })

  it('never proposes verb-led or function-word phrases', () => {
    const res = mineCorpus([doc(1, 'On Wednesday afternoon, said Xi, the turbines were running.')], {
      reference: ref,
      limit: 100
    })
    const keys = res.candidates.map((c) => c.key)
    expect(keys).not.toContain('said xi')
    expect(keys.some((k) => k.startsWith('the ') || k.endsWith(' the'))).toBe(false)
  })
})

describe('candidate rules', () => {
  it('drops days and times of day from phrases', () => {
    const res = mineCorpus(
      [
        doc(
          1,
          'Deputies met on Wednesday afternoon. The Monday session and the evening ' +
            'meeting discussed wind turbines.'
        )
      ],
      { reference: ref, limit: 100 }
    )
    for (const c of res.candidates) expect(c.key).not.toMatch(/wednesday|afternoon|monday|evening/)
  })

  it('takes a participle modifier followed by adjectives ("a modernized industrial system")', () => {
    const res = mineCorpus([doc(1, 'They build a modernized industrial system.')], { reference: ref, limit: 100 })
    expect(res.candidates.map((c) => c.key)).toContain('modernized industrial system')
  })

  it('counts the parts of hyphenated compounds, so compound phrases get termhood', () => {
    const res = mineCorpus(
      [doc(1, 'We follow the innovation-driven development strategy. Innovation-driven ' + 'growth matters.')],
      { reference: ref, limit: 100 }
    )
    const c = res.candidates.find((x) => x.key === 'innovation driven development strategy')
    expect(c?.score).toBeGreaterThan(0)
  })

  it('a fragment never seen on its own ranks below the phrase that holds it', () => {
    const text =
      'Blade element momentum theory is used. We apply blade element momentum theory again. ' +
      'Blade element momentum theory works.'
    const cands = mineCorpus([doc(1, text)], { reference: ref, limit: 100 }).candidates
    const score = (k: string) => cands.find((c) => c.key === k)?.score ?? 0
    const full = score('blade element momentum theory')
    expect(full).toBeGreaterThan(0)
    // Same frequency, similar words: only independence tells them apart, and it must count for a lot.
    for (const frag of ['element momentum theory', 'element momentum']) expect(score(frag), frag).toBeLessThan(full / 2)
  })
})

describe('acronyms', () => {
  it('links a defined acronym to its expansion', () => {
    const text =
      'the China International Fair for Trade in Services (CIFTIS) opened. CIFTIS drew crowds. ' +
      'The CIFTIS exhibition hall was full.'
    const res = mineCorpus([doc(1, text)], { reference: ref, limit: 200 })
    const c = res.candidates.find((x) => x.term === 'CIFTIS')
    expect(c?.expansion).toBe('China International Fair for Trade in Services')
  })

  it('links an undefined acronym by initials of a capitalised candidate', () => {
    const res = mineCorpus(
      [doc(1, "Deputies to the National People's Congress met.", 'The NPC session opened. NPC deputies spoke.')],
      { reference: ref, limit: 200 }
    )
    expect(res.candidates.find((x) => x.term === 'NPC')?.expansion).toBe("National People's Congress")
  })
})

describe('API contract', () => {
  it('limit 0 returns exactly the candidates the default threshold keeps, best first', () => {
    const docs = [
      doc(1, 'Wind turbines convert wind energy. The rotor blades of a wind turbine face the wind.'),
      doc(2, 'Blade pitch control limits rotor speed. Pitch control protects the wind turbine.')
    ]
    const all = mineCorpus(docs, { reference: ref, limit: 10_000 }).candidates
    const kept = mineCorpus(docs, { reference: ref, limit: 0 }).candidates
    expect(kept.length).toBeGreaterThan(0)
    expect(kept).toEqual(all.filter(keepsCandidate))
    for (let i = 1; i < all.length; i++) expect(all[i - 1].score).toBeGreaterThanOrEqual(all[i].score)
  })

  it('merged per-document statistics rank like one pass (incremental re-mining)', () => {
    const docs = [doc(1, 'Pitch control of wind turbines.'), doc(2, 'Yaw control of wind turbines and pitch control.')]
    const whole = rankStats(mineDocuments(docs, { reference: ref }), { reference: ref, limit: 50 })
    const merged = mergeStats(
      mineDocuments([docs[0]], { reference: ref }),
      mineDocuments([docs[1]], { reference: ref })
    )
    const parts = rankStats(merged, { reference: ref, limit: 50 })
    expect(parts.candidates.map((c) => [c.key, c.freq, c.docs])).toEqual(
      whole.candidates.map((c) => [c.key, c.freq, c.docs])
    )
  })

  it('reports progress and honours cancellation', () => {
    const docs = Array.from({ length: 5 }, (_, i) => doc(i + 1, 'Wind turbines generate electricity.'))
    const seen: number[] = []
    mineCorpus(docs, {
      reference: ref,
      onProgress: (done, total) => {
        seen.push(done)
        expect(done).toBeLessThanOrEqual(total)
      }
    })
    expect(seen.length).toBeGreaterThanOrEqual(5)
    let calls = 0
    expect(() => mineCorpus(docs, { reference: ref, isCancelled: () => ++calls > 2 })).toThrow(MiningCancelled)
  })
})

describe('bad input', () => {
  it('empty corpus, empty segments and one word give clear results', () => {
    expect(mineCorpus([]).candidates).toEqual([])
    expect(mineCorpus([]).warnings[0]).toMatch(/no words/)
    expect(mineCorpus([doc(1, '', '   ')], { reference: ref }).candidates).toEqual([])
    const one = mineCorpus([doc(1, 'turbine')], { reference: ref })
    expect(one.words).toBe(1)
  })

  it('non-English text yields a warning, not a crash', () => {
    const res = mineCorpus([doc(1, '新质生产力是创新起主导作用的先进生产力质态。', 'Привет мир')], { reference: ref })
    expect(res.candidates).toEqual([])
    expect(res.warnings.length).toBeGreaterThan(0)
  })

  it('a 50,000-character line without punctuation finishes with bounded candidate length', () => {
    const words = ['wind', 'turbine', 'blade', 'rotor', 'tower', 'pitch', 'control', 'system']
    const line = Array.from({ length: 7000 }, (_, i) => words[(i * 7 + (i >> 3)) % words.length]).join(' ')
    expect(line.length).toBeGreaterThan(40_000)
    const res = mineCorpus([doc(1, line)], { reference: ref, limit: 50 })
    expect(res.candidates.length).toBeGreaterThan(0)
    for (const c of res.candidates) expect(c.key.split(' ').length).toBeLessThanOrEqual(9)
  })

  it('works without a reference table', () => {
    const res = mineCorpus([doc(1, 'Wind turbines and wind turbine blades.')], { limit: 10 })
    expect(res.candidates.map((c) => c.key)).toContain('wind turbine')
  })
})
