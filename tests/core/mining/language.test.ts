import { describe, expect, it } from 'vitest'

import { mineCorpus } from '../../../src/core/mining/index'
import { looksForeign } from '../../../src/core/mining/language'
import { tagTokens } from '../../../src/core/mining/tagger'
import { tokenize } from '../../../src/core/mining/tokenize'
import { doc, reference } from './helpers'

const ref = reference()
const foreign = (text: string): boolean => looksForeign(tagTokens(tokenize(text), ref), ref)

describe('segments in other languages', () => {
  it('tells English prose, titles, jargon and name lists from other languages and formulas', () => {
    for (const english of [
      'The rotor converts the kinetic energy of the wind into mechanical energy.',
      'Blade Element Momentum Theory',
      'nacelle yaw drive gearbox pitch bearing',
      'Enercon 6MW V120 4.5MW MultiBrid 5MW GE 3.6MW V80 V90 Siemens',
      'Table 4 CO2 emission factors Natural gas tCO2/nm3 0.00189605 tne/1000 nm3',
      'The Banco de la Nación and the Hotel Le Meridien host the Belt and Road Forum.',
      'Rüzgar Enerjisi'
    ])
      expect(foreign(english), english).toBe(false)
    for (const other of [
      'Yatay eksenli rüzgar türbin palalarının tasarımı, öncelikle palalara etkiyen aerodinamik kuvvetlerin bilinmesini gerektirir.',
      'Die Windenergieanlage erzeugt Strom aus der Bewegungsenergie des Windes.',
      "Le rotor de l'éolienne transforme l'énergie cinétique du vent.",
      'El rotor del aerogenerador convierte la energía cinética del viento en energía mecánica.',
      'dT = ρ uw (U ∞ - uw ) dAw + ( po - pw ) dAw'
    ])
      expect(foreign(other), other).toBe(true)
  })

  it('mines none of their words, and says so when nothing English is left', () => {
    const res = mineCorpus(
      [
        doc(
          1,
          'Offshore wind turbines need a strong foundation.',
          "Le rotor de l'éolienne transforme l'énergie cinétique du vent en énergie mécanique.",
          'Die Windenergieanlage erzeugt Strom aus der Bewegungsenergie des Windes.'
        )
      ],
      { reference: ref, limit: 50 }
    )
    const words = res.candidates.flatMap((c) => c.key.split(' '))
    expect(words).toContain('turbine')
    for (const w of ['rotor', 'énergie', 'vent', 'windenergieanlage', 'strom']) expect(words).not.toContain(w)
    const none = mineCorpus(
      [
        doc(
          1,
          'Die Windenergieanlage erzeugt Strom aus der Bewegungsenergie des Windes.',
          'Der Rotor wandelt die kinetische Energie des Windes in mechanische Energie um.'
        )
      ],
      { reference: ref }
    )
    expect(none.candidates).toEqual([])
    expect(none.warnings.join(' ')).toMatch(/English/)
  })
})
