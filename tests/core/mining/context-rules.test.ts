import { describe, expect, it } from 'vitest'

import { mineCorpus, mineDocuments } from '../../../src/core/mining/index'
import { keyOf } from '../../../src/core/mining/stats'
import { doc, reference } from './helpers'

const ref = reference()

/** Every candidate the miner scores above zero, by key. */
function keys(...segments: string[]): string[] {
  return mineCorpus([doc(1, ...segments)], { reference: ref, limit: 100_000 }).candidates.map((c) => c.key)
}

function freqOf(key: string, ...segments: string[]): number | undefined {
  return mineCorpus([doc(1, ...segments)], { reference: ref, limit: 100_000 }).candidates.find((c) => c.key === key)
    ?.freq
}

// Tagging and chunking errors seen on the seeds through the import path (round 3 of issue #3).
describe('context rules of the tagger and chunker', () => {
  it('reads a noun-or-verb word after a plural subject and before its object as the verb', () => {
    const k = keys('E-commerce practitioners demand tailored management services.')
    expect(k.some((x) => x.includes('practitioner demand') || x.includes('practitioners demand'))).toBe(false)
    expect(k.some((x) => x.endsWith('management service'))).toBe(true)
    expect(k).toContain('e commerce practitioner')
    // The noun reading stays where no object follows: "market demand" is a compound.
    expect(keys('The market demand for steel fell.')).toContain('market demand')
  })

  it('reads a preposition or adverb between a determiner and a noun as an adjective ("the inside rein")', () => {
    const k = keys('Keep the inside rein soft and your outside leg at the girth.')
    expect(k).toContain('inside rein')
    expect(k).toContain('outside leg')
    expect(keys('Behind the rotor, the far wake mixes with the free stream.')).toContain('far wake')
    expect(keys('The only way forward is the most important one.').some((x) => x.startsWith('only'))).toBe(false)
    // A preposition in its own use opens no term: "inside the arena" is not "inside arena".
    expect(keys('The horse walked inside the arena and outside the stable.').some((x) => x.startsWith('inside'))).toBe(
      false
    )
  })

  it('keeps a model code with the acronym before it ("NACA 4412"), but not a year', () => {
    const k = keys('The blade uses the NACA 4412 profile; XFOIL 1.0 computed the NACA 63-2XX family.')
    expect(k).toContain('naca 4412')
    expect(k).toContain('xfoil 1.0')
    expect(k).toContain('naca 63 2xx')
    expect(keys('The EU 2020 targets were met.').some((x) => x.includes('2020'))).toBe(false)
  })

  it('counts no piece of a web address and no Latin abbreviation as a term', () => {
    const k = keys('Data on wind farms (i.e. the Horns Rev site) is at http://www.osti.gov/bridge and www.nrel.gov.')
    expect(k.filter((x) => /http|www|osti|gov|bridge|nrel|^i\.e/.test(x))).toEqual([])
    expect(k).toContain('wind farm')
  })

  it('does not count a cross-reference ("Figure 3", "equation 5") as an occurrence of a term', () => {
    const text = [
      'Figure 3 shows the rotor.',
      'As Figure 4 and equation 5 show, the rotor turns.',
      'Table 2 lists the rotor blades.'
    ]
    expect(freqOf('figure', ...text)).toBeUndefined()
    expect(freqOf('equation', ...text)).toBeUndefined()
    expect(freqOf('table', ...text)).toBeUndefined()
    // The word itself still counts where it is not a label, and a code after an acronym is a name.
    expect(freqOf('figure', 'The figure shows the rotor.', 'Figure 3 shows the hub.')).toBe(1)
    expect(keys('The NACA 4412 profile is thick.')).toContain('naca 4412')
  })

  it('does not read a capitalised verb form after a colon as a name', () => {
    const k = keys('Xi Focus: Encouraging sci-tech workers and fostering innovation')
    expect(k.some((x) => x.startsWith('encouraging'))).toBe(false)
    expect(k).toContain('sci tech worker')
  })

  it('keeps an evaluative participle before an origin adjective out of the term', () => {
    const k = keys('The firm is a leading Chinese smart energy solutions provider.')
    expect(k.some((x) => x.startsWith('leading'))).toBe(false)
    // A participle modifier before a lower-case noun still starts a term ("the flying change").
    expect(keys('The rider asks for the flying change at the marker.')).toContain('flying change')
  })

  it('joins a gerund clause only after "of"', () => {
    const k = keys(
      'These are fundamental pathways for developing new quality productive forces.',
      'China pursues the strategy of invigorating China through science and education.'
    )
    expect(k.some((x) => x.includes('for developing'))).toBe(false)
    expect(k).toContain('new quality productive force')
    expect(k.some((x) => x.startsWith('strategy of invigorating china'))).toBe(true)
  })

  it('reads a participle right after a name as its verb', () => {
    const k = keys('During the meeting Xi expressed concerns about rural clinics.')
    expect(k.some((x) => x.startsWith('xi expressed'))).toBe(false)
    expect(k).toContain('concern')
  })

  it('does not join two terms with the same head into one', () => {
    const k = keys('We integrate technological innovation and industrial innovation.')
    expect(k).not.toContain('technological innovation and industrial innovation')
    expect(k).toContain('technological innovation')
    expect(k).toContain('industrial innovation')
    // Different heads may form one term.
    expect(keys('We rely on science and technology.')).toContain('science and technology')
  })

  it('splits a name in apposition from the common noun before it', () => {
    const k = keys('China launched the manmade satellite Dongfanghong-1 in 1970.')
    expect(k).not.toContain('manmade satellite dongfanghong 1')
    expect(k).toContain('manmade satellite')
    expect(k).toContain('dongfanghong 1')
  })

  it('takes a name that goes on through "for" or "of" as one name, not its first part', () => {
    const stats = mineDocuments([doc(1, 'Visitors came to the China International Fair for Trade in Services.')], {
      reference: ref
    })
    const standalone = (key: string): number | undefined => {
      for (let i = 0; i < stats.size; i++) if (keyOf(stats, i) === key) return stats.standalone[i]
      return undefined
    }
    expect(standalone('china international fair for trade in service')).toBe(1)
    // Seen only inside the longer name: never a whole name of its own.
    expect(standalone('china international fair')).toBe(0)
  })

  it('does not count a one-word name as a term where it names the speaker', () => {
    const segs = ['"We must act," Xi said.', '"Now," said Xi.', 'Xi asked the delegates.', 'Xi visited Fujian.']
    expect(freqOf('xi', ...segs)).toBe(1)
    expect(freqOf('fujian', ...segs)).toBe(1)
  })

  it('reads a noun-or-verb word as the verb after a modal and an adverb, or after a verb and "and"', () => {
    const k = keys(
      'We must significantly increase investment in education.',
      'We will prevent and control pollution in key river valleys.',
      'We will encourage and guide nongovernmental investment in areas such as banking.'
    )
    expect(k.filter((x) => /^(?:increase|control|guide) /.test(x))).toEqual([])
    expect(k).toContain('nongovernmental investment')
    // One more verb phrase of a list a modal governs: ", and increase subsidies to farmers".
    expect(keys('We will expand consumption, and increase subsidies to farmers.')).not.toContain('increase subsidy')
    // Not where the noun phrase is the next clause's subject: "and export volumes will rise".
    expect(keys('We will cut taxes, and export volumes will rise.')).toContain('export volume')
    // "such as" is a preposition, not an adjective before "banking".
    expect(k).not.toContain('as banking')
    // The noun reading stays after a noun: "pollution control" is a compound.
    expect(keys('Pollution control improved.')).toContain('pollution control')
  })
})
