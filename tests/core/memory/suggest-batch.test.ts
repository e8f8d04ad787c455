import { describe, expect, it } from 'vitest'

import { suggestEquivalentsBatch, type SuggestUnit } from '../../../src/core/memory'

const PLACES = [
  ['Beijing', '北京'],
  ['Shanghai', '上海'],
  ['Guangzhou', '广州'],
  ['Shenzhen', '深圳'],
  ['Chengdu', '成都'],
  ['Wuhan', '武汉']
]
const VERBS = [
  ['promote', '推进'],
  ['support', '支持'],
  ['expand', '扩大'],
  ['develop', '发展'],
  ['strengthen', '加强'],
  ['encourage', '鼓励']
]

function units(): SuggestUnit[] {
  const out: SuggestUnit[] = []
  const add = (en: string, zh: string) => out.push({ id: out.length + 1, en, zh })
  PLACES.forEach(([city, 城市], i) => {
    const [verb, 动词] = VERBS[i]
    const [verb2, 动词2] = VERBS[(i + 2) % 6]
    add(`${city} will ${verb} green finance.`, `${城市}将${动词}绿色金融。`)
    add(`${city} will ${verb2} the carbon market.`, `${城市}将${动词2}碳市场。`)
    add(`${city} will ${verb} roads.`, `${城市}将${动词}道路。`)
  })
  // One unit holds both terms: each gets it.
  add('Green finance serves the carbon market.', '绿色金融服务碳市场。')
  return out
}

describe('suggestEquivalentsBatch', () => {
  it('gives each term its own rendering from one shared lexicon, in the order asked, none for an absent term', () => {
    const result = suggestEquivalentsBatch(['carbon market', 'coal mine', 'green finance'], units())
    expect(result.map((r) => r.proposals[0]?.zh)).toEqual(['碳市场', undefined, '绿色金融'])
    expect(result.map((r) => r.termUnits)).toEqual([7, 0, 7])
    expect(result[2].proposals[0].freq).toBe(7)
  })
})
