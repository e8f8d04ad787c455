import { describe, expect, it } from 'vitest'

import { mineCorpus, type MiningDocument } from '../../../src/core/mining/index'
import { doc, reference } from './helpers'

const ref = reference()

// Issue #13, bad input: clear results or clear messages, never a crash or a hang.
describe('mining bad input', () => {
  it('a corpus of only names: names, of the kinds they are, and no crash', () => {
    const names = ['Zhang Wei', 'Li Na', 'Wang Fang', 'Liu Yang', 'Chen Jing', 'Beijing', 'Shanghai', 'Jiangsu']
    const docs = Array.from({ length: 50 }, (_, i) => doc(i + 1, ...names.map((n, k) => names[(k + i) % names.length])))
    const res = mineCorpus(docs, { reference: ref, limit: 0 })
    expect(res.candidates.length).toBeGreaterThan(0)
    for (const c of res.candidates) expect(['name', 'person', 'place', 'acronym', 'term']).toContain(c.kind)
    expect(res.candidates.map((c) => c.term)).toContain('Zhang Wei')
  })

  it('a corpus of only numbers: no candidates and a message saying why', () => {
    const docs = [doc(1, '123 456 7.89', '2024 2025 2026', '1,000,000 3.14 42%'), doc(2, '10 20 30 40 50')]
    const res = mineCorpus(docs, { reference: ref, limit: 0 })
    expect(res.candidates).toEqual([])
    expect(res.warnings.join(' ')).toMatch(/no words|numbers/i)
  })

  it('one sentence repeated: mined once per document, a short clear list', () => {
    const sentence = 'The State Council approved the new energy conservation plan for rural areas.'
    const oneDoc = mineCorpus([doc(1, ...Array<string>(2000).fill(sentence))], { reference: ref, limit: 0 })
    expect(oneDoc.candidates.find((c) => c.key === 'state council')?.freq).toBe(1)
    const manyDocs = mineCorpus(
      Array.from({ length: 500 }, (_, i) => doc(i + 1, sentence)),
      { reference: ref, limit: 0 }
    )
    expect(manyDocs.candidates.length).toBeGreaterThan(0)
    expect(manyDocs.candidates.length).toBeLessThan(40)
    expect(manyDocs.candidates.find((c) => c.key === 'state council')?.docs).toBe(500)
  })

  it('10,000 near-duplicate press releases mine in seconds, their boilerplate once per release', () => {
    const docs: MiningDocument[] = []
    for (let i = 0; i < 10_000; i++) {
      docs.push(
        doc(
          i + 1,
          `BEIJING, March ${(i % 28) + 1} (Xinhua) -- The Ministry of Commerce said on day ${i} that foreign trade grew.`,
          `Officials stressed high-quality development and the real economy in release number ${i}.`,
          'For more information, contact the press office of the State Council Information Office.'
        )
      )
    }
    const t0 = performance.now()
    const res = mineCorpus(docs, { reference: ref, limit: 0 })
    const seconds = (performance.now() - t0) / 1000
    expect(seconds).toBeLessThan(60)
    const council = res.candidates.find((c) => c.key === 'state council information office')
    expect(council?.docs).toBe(10_000)
    expect(res.candidates.map((c) => c.key)).toContain('high quality development')
    // No number or running count became a term.
    expect(res.candidates.filter((c) => /\d/.test(c.key)).map((c) => c.term)).toEqual([])
  }, 120_000)
})
