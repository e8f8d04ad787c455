import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const PLACES = ['北京', '上海', '广州', '深圳', '成都', '武汉', '西安', '南京']
const PLACES_EN = ['Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Chengdu', 'Wuhan', "Xi'an", 'Nanjing']
const VERBS = ['promote', 'support', 'expand', 'develop', 'strengthen', 'advance', 'improve', 'encourage']
const VERBS_ZH = ['推进', '支持', '扩大', '发展', '加强', '推动', '改进', '鼓励']

/** Pairs where `term` is rendered `zh`, in sentences that differ around it, and pairs without it. */
async function memoryWith(term: string, zh: string) {
  for (let i = 0; i < PLACES.length; i++) {
    await t.call('memory/add', {
      source: `${PLACES_EN[i]} will ${VERBS[i]} ${term} and improve public services.`,
      target: `${PLACES[i]}将${VERBS_ZH[i]}${zh}，改善公共服务。`
    })
    await t.call('memory/add', {
      source: `${PLACES_EN[i]} will ${VERBS[(i + 3) % 8]} roads and improve public services.`,
      target: `${PLACES[i]}将${VERBS_ZH[(i + 3) % 8]}道路，改善公共服务。`
    })
  }
}

async function englishCandidates() {
  await t.call('corpus/import', { paths: [seedsDir()] })
  await t.call('mining/run', {})
  return (await t.call('mining/candidates', { limit: 50 })).rows.filter((r) => /^[a-z][a-z -]+$/i.test(r.term))
}

describe('mining/equivalents', () => {
  it('proposes the Chinese the memory renders an English candidate with, with its support', async () => {
    const [first, second] = await englishCandidates()
    await memoryWith(first.term, '甲乙丙丁')
    const result = await t.call('mining/equivalents', { ids: [second.id, first.id] })
    // In the order asked; a candidate the memory never holds gets nothing.
    expect(result.map((r) => r.id)).toEqual([second.id, first.id])
    expect(result[0].equivalents).toEqual([])
    expect(result[1].equivalents[0].text).toBe('甲乙丙丁')
    expect(result[1].equivalents[0].support).toBe(PLACES.length)
    expect(result[1].pairs).toBe(PLACES.length)
  })

  it('accepting with the equivalent creates the concept with the Chinese term', async () => {
    const [first] = await englishCandidates()
    const { conceptIds } = await t.call('mining/accept', {
      ids: [first.id],
      chinese: [{ id: first.id, text: '甲乙丙丁' }]
    })
    const concept = await t.call('termbase/get', { id: conceptIds[0] })
    expect(concept.terms.map((x) => [x.lang.slice(0, 2), x.text])).toEqual([
      ['en', first.term],
      ['zh', '甲乙丙丁']
    ])
  })
})
