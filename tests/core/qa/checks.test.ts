import { describe, expect, it } from 'vitest'

import type { BilingualUnit } from '../../../src/core/exchange/bilingual-model'
import { buildQaTermIndex, checkUnit, QaSession } from '../../../src/core/qa'
import { acronymPresent, looselyPresent } from '../../../src/core/qa/loose-english'
import type { QaCheck } from '../../../src/shared/vocabulary'
import { policyTermEntries } from '../../fixtures/qa/policy-terms'
import { testSegmenter } from '../../helpers/jieba'

const index = buildQaTermIndex(policyTermEntries())
const segmenter = testSegmenter()
const all = new Set<QaCheck>(['missing', 'forbidden', 'deprecated', 'inconsistent', 'number'])

function unit(source: string, target: string | null, extra: Partial<BilingualUnit> = {}): BilingualUnit {
  const zhSource = /\p{Script=Han}/u.test(source)
  return {
    id: 'u1',
    line: 1,
    srcLang: zhSource ? 'zh-CN' : 'en',
    tgtLang: zhSource ? 'en' : 'zh-CN',
    source,
    target,
    state: '',
    notTranslatedState: false,
    translate: true,
    ...extra
  }
}

const check = (source: string, target: string | null, extra: Partial<BilingualUnit> = {}) =>
  checkUnit(unit(source, target, extra), { index, checks: all, segmenter })
const brief = (source: string, target: string) =>
  check(source, target).findings.map((f) => [f.check, f.term, f.expected, f.found])

describe('EN → ZH checks', () => {
  it('a correct rendering gives no finding; inflections, case and hyphen variants of the source still match', () => {
    expect(brief('We will develop new quality productive forces.', '我们将发展新质生产力。')).toEqual([])
    expect(brief('High quality developments matter.', '高质量发展很重要。')).toEqual([])
    expect(check('Pursue High-Quality Development.', '推动发展。').findings.map((f) => f.check)).toEqual(['missing'])
  })

  it('missing: the source term is there and no usable equivalent is in the target', () => {
    const { findings } = check('We must ensure food security this year.', '今年我们必须确保粮源稳定。')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      check: 'missing',
      term: 'food security',
      expected: '粮食安全',
      found: '',
      sourceSpan: [15, 28],
      targetSpan: null,
      side: 'target'
    })
  })

  it('forbidden and deprecated equivalents in the target are named with where they stand (not also "missing")', () => {
    const f = check('Ensure food security.', '确保食品安全。').findings
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({ check: 'forbidden', expected: '粮食安全', found: '食品安全', targetSpan: [2, 6] })
    expect(brief('Pursue high-quality development.', '推动高品质发展。')).toEqual([
      ['deprecated', 'high-quality development', '高质量发展', '高品质发展']
    ])
  })

  it('a shorter admitted or deprecated term inside a longer usable one is not a use of it', () => {
    expect(brief('The Belt and Road Initiative.', '一带一路倡议。')).toEqual([])
    expect(brief('The Belt and Road Initiative.', '一带一路。')).toEqual([])
    expect(brief('The government work report.', '政府工作报告。')).toEqual([])
  })

  it('a forbidden source-language term is flagged for the author, in the source', () => {
    const f = check('The One Belt, One Road plan.', '一带一路倡议。').findings
    expect(f).toHaveLength(1)
    expect(f[0]).toMatchObject({
      check: 'forbidden',
      side: 'source',
      term: 'One Belt, One Road',
      expected: 'Belt and Road Initiative',
      sourceSpan: [4, 22],
      targetSpan: null
    })
  })

  it('an English term with a leading article is found without it, and named as the term base writes it', () => {
    const withArticle = buildQaTermIndex([
      { conceptId: 1, termId: 1, lang: 'en', text: 'the Belt and Road Initiative', status: 'preferred' },
      { conceptId: 1, termId: 2, lang: 'zh-CN', text: '一带一路倡议', status: 'preferred' }
    ])
    const out = checkUnit(unit('A Belt and Road Initiative project.', '一个项目。'), {
      index: withArticle,
      checks: all,
      segmenter
    })
    expect(out.findings.map((f) => [f.check, f.term, f.sourceSpan])).toEqual([
      ['missing', 'the Belt and Road Initiative', [2, 26]]
    ])
  })

  it('an all-capitals term is matched in its own case only ("us" is not the US)', () => {
    expect(brief('Let us build it.', '让我们建设它。')).toEqual([])
    expect(brief('The US economy.', '美国经济。')).toEqual([])
    expect(brief('The US economy.', '该国经济。')).toEqual([['missing', 'US', '美国', '']])
  })

  it('no unit whose source holds no term is flagged for a term', () => {
    const out = check('The weather was fine and the meeting ended early.', '天气很好，会议提前结束，人民币汇率稳定。')
    expect(out.findings).toEqual([])
    expect(out.hasTerms).toBe(false)
  })
})

describe('a term the source holds twice', () => {
  it('is missing when the target renders it only once (one occurrence was rendered otherwise)', () => {
    const out = check('Food security first: food security for all.', '粮食安全第一：人人有饭吃的保障。').findings
    expect(out.map((f) => [f.check, f.found, f.targetSpan])).toEqual([['missing', '粮食安全 (1/2)', [0, 4]]])
    expect(brief('Food security first: food security for all.', '粮食安全第一：人人粮食安全。')).toEqual([])
  })
})

describe('English renderings in other words of the same stems', () => {
  it('count as present; a wrong rendering or one with another word among them does not', () => {
    expect(looselyPresent('energy conservation', 'We will conserve energy.')).toBe(true)
    expect(looselyPresent('energy conservation', 'the conservation of energy')).toBe(true)
    expect(looselyPresent('state-owned enterprises', 'enterprises owned by the state')).toBe(true)
    expect(looselyPresent('state-owned enterprises', 'state-run enterprises')).toBe(false)
    expect(looselyPresent('energy conservation', 'energy saving')).toBe(false)
    expect(looselyPresent('new quality productive forces', 'new productive forces of high quality')).toBe(false)
    expect(looselyPresent('energy conservation', 'energy prices and conservation')).toBe(false)
  })

  it('count as present when said by their acronym, unless it only follows the spelled-out term in brackets', () => {
    expect(acronymPresent('state-owned enterprises', 'We will reform SOEs.')).toBe(true)
    expect(acronymPresent('small and medium-sized enterprises', 'Support for SMEs.')).toBe(true)
    expect(acronymPresent('consumer price index', 'The CPI rose 2%.')).toBe(true)
    expect(acronymPresent('consumer price index', 'The rise in prices (CPI) was 2%.')).toBe(false)
    expect(acronymPresent('consumer price index', 'The GDP rose.')).toBe(false)
  })
})

describe('ZH → EN checks', () => {
  it('finds Chinese source terms as words, through the segmenter', () => {
    expect(brief('加快发展新质生产力。', 'Accelerate the development of new quality productive forces.')).toEqual([])
    expect(brief('加快发展新质生产力。', 'Accelerate new productive forces.')).toEqual([
      ['missing', '新质生产力', 'new quality productive forces', '']
    ])
    // 创新 is the head of the compound 科技创新 (jieba keeps it whole): it counts.
    expect(brief('加强科技创新。', 'Strengthen science and technology.')).toEqual([
      ['missing', '创新', 'innovation', '']
    ])
  })

  it('where Chinese occurrences overlap, the one on word boundaries wins (基本/养老保险, not 基本养老 across it)', () => {
    const pensions = buildQaTermIndex([
      { conceptId: 1, termId: 1, lang: 'en', text: 'basic pension', status: 'preferred' },
      { conceptId: 1, termId: 2, lang: 'zh-CN', text: '基本养老', status: 'preferred' },
      { conceptId: 2, termId: 3, lang: 'en', text: 'old-age insurance', status: 'preferred' },
      { conceptId: 2, termId: 4, lang: 'zh-CN', text: '养老保险', status: 'preferred' }
    ])
    const out = checkUnit(unit('完善基本养老保险制度。', 'Improve the basic old-age insurance system.'), {
      index: pensions,
      checks: all,
      segmenter
    })
    expect(out.findings).toEqual([])
    expect(out.hasTerms).toBe(true)
  })

  it('does not take a term out of another word (人民 in 人民币)', () => {
    const out = check('人民币汇率保持基本稳定。', 'The RMB exchange rate remained basically stable.')
    expect(out.hasTerms).toBe(false)
    expect(out.findings).toEqual([])
  })

  it('flags forbidden and deprecated English equivalents in the target', () => {
    expect(brief('构建双循环新发展格局。', 'Build a double circulation development pattern.')).toEqual([
      ['deprecated', '双循环', 'dual circulation', 'double circulation']
    ])
    expect(brief('推进乡村振兴。', 'Advance rural vitalization.')).toEqual([])
  })
})

describe('numbers', () => {
  it('flags a number of the source the target lacks in every form', () => {
    expect(brief('GDP grew by 5.2 percent.', '国内生产总值增长5.3%。')).toEqual([['number', '5.2', '5.2', '']])
    expect(brief('GDP grew by 5.2 percent.', '国内生产总值增长5.2%。')).toEqual([])
  })

  it('reads scales, Chinese numerals, full-width digits and separators in the target', () => {
    const same: [string, string][] = [
      ['Output reached 126 trillion yuan.', '产出达到126万亿元。'],
      ['12.06 million new urban jobs were added.', '城镇新增就业1206万人。'],
      ['Over 1.4 billion residents.', '14亿多居民。'],
      ['The 20th National Congress.', '二十大。'],
      ['The 14th Five-Year Plan period.', '“十四五”时期。'],
      ['We spent 1,000 yuan.', '我们花了１，０００元。'],
      ['A rise of 3 percent.', '上升百分之三。'],
      ['In 2024 and 2025.', '在二〇二四年和2025年。']
    ]
    for (const [en, zh] of same) expect(brief(en, zh), en).toEqual([])
    expect(brief('城镇新增就业1206万人。', 'Urban employment rose by 12.06 million.')).toEqual([])
    expect(brief('增长5.2%。', 'Growth of 5.2 percent.')).toEqual([])
  })

  it('accepts a year said relative to the text’s date (2024年 → this year)', () => {
    expect(brief('2024年经济增长5%左右。', 'The economy is to grow by around 5 percent this year.')).toEqual([])
    expect(brief('In 2023 growth was 5.2 percent.', '去年经济增长5.2%。')).toEqual([])
    // Left out, it is not missing; replaced by another year, it is.
    expect(brief('2024年经济增长5%左右。', 'The economy is to grow by around 5 percent.')).toEqual([])
    expect(brief('2024年经济增长5%左右。', 'In 2025 the economy is to grow by around 5 percent.')).toEqual([
      ['number', '2024', '2024', '']
    ])
  })

  it('knows what official translations do to numbers: percent and multiple, converted units, all and half', () => {
    const same: [string, string][] = [
      ['Revenue rose by 171% over 2002.', '财政收入比2002年增长1.71倍。'],
      ['An increase of 120% over 2010.', '是2010年的2.2倍。'],
      ['Grain output totaled 528.5 million tons.', '粮食总产量10570亿斤。'],
      ['We planted 6.13 million hectares of trees.', '植树造林9200多万亩。'],
      ['Reach 100% collection of sewage.', '实现污水的全部收集。'],
      ['Ships larger than 10,000 tons.', '万吨级以上泊位。'],
      ['Raised by 0.22 yuan and 0.26 yuan per kilogram.', '每斤分别提高0.11元和0.13元。'],
      ['Grain output exceeded 600 million metric tons.', '粮食产量超过1.2万亿斤。']
    ]
    for (const [en, zh] of same) expect(brief(en, zh), en).toEqual([])
    expect(brief('增长1.71倍。', 'A 171% increase.')).toEqual([])
    expect(brief('Grain output totaled 528.5 million tons.', '粮食总产量5.2亿吨。')).toEqual([
      ['number', '528.5 million', '528.5 million', '']
    ])
  })

  it('leaves names with digits and numbers written as words alone', () => {
    expect(brief('The G20 summit on COVID-19 and 5G.', '二十国集团关于新冠肺炎和第五代移动通信的峰会。')).toEqual([])
    expect(brief('“两个一百年”奋斗目标。', 'The Two Centenary Goals.')).toEqual([])
  })
})

describe('units that are not checked', () => {
  it('untranslated, copied, translate="no" and tag-only units are counted, never flagged', () => {
    expect(check('Ensure food security.', null).status).toBe('untranslated')
    expect(check('Ensure food security.', '').status).toBe('untranslated')
    expect(check('Ensure food security.', 'Ensure food security.').status).toBe('untranslated')
    expect(check('Ensure food security.', '确保粮食', { translate: false }).status).toBe('skipped')
    expect(check('{1}{/1}', '{1}{/1}').status).toBe('empty')
  })

  it('a target language the term base lacks runs the source-side and number checks only', () => {
    const out = check('The One Belt, One Road has 5 parts.', 'Le plan a 6 parties.', { tgtLang: 'fr' })
    expect(out.findings.map((f) => [f.check, f.side])).toEqual([
      ['forbidden', 'source'],
      ['number', 'target']
    ])
  })
})

describe('QaSession', () => {
  const units = (pairs: [string, string][]): BilingualUnit[] =>
    pairs.map(([s, t], i) => unit(s, t, { id: String(i + 1), line: i + 1 }))

  function run(list: BilingualUnit[], checks?: QaCheck[]) {
    const session = new QaSession(index, { checks, segmenter })
    list.forEach((u) => session.add(u))
    const again = session.secondPass()
    list.forEach((u, i) => again.has(i) && session.addAgain(u, i))
    return session.result()
  }

  it('inconsistent: the units using a rendering other than the file’s usual one', () => {
    const r = run(
      units([
        ['Pursue a green transition.', '推动绿色转型。'],
        ['The green transition goes on.', '绿色转型继续。'],
        ['Speed up the green transition.', '加快绿色转变。'],
        ['The weather is fine.', '天气很好。']
      ])
    )
    expect(r.findings.map((f) => [f.unit, f.check, f.expected, f.found, f.targetSpan])).toEqual([
      ['3', 'inconsistent', '绿色转型', '绿色转变', [2, 6]]
    ])
    expect(r).toMatchObject({ units: 4, checked: 4, withTerms: 3, counts: { inconsistent: 1, missing: 0 } })
  })

  it('runs only the checks asked for, and counts dismissed findings apart', () => {
    const list = units([
      ['Ensure food security.', '确保食品安全。'],
      ['GDP grew 5.2%.', '增长5.3%。']
    ])
    expect(run(list, ['number']).findings.map((f) => f.check)).toEqual(['number'])
    // By default the term checks only: numbers when asked for.
    expect(run(list).findings.map((f) => f.check)).toEqual(['forbidden'])
    const session = new QaSession(index, {
      segmenter,
      checks: [...all],
      isDismissed: (f) => f.check === 'forbidden'
    })
    list.forEach((u) => session.add(u))
    const r = session.result()
    expect(r.findings.map((f) => [f.check, f.dismissed])).toEqual([
      ['forbidden', true],
      ['number', false]
    ])
    expect(r.counts.forbidden).toBe(0)
    expect(r.dismissed).toBe(1)
  })

  it('says when nothing could be checked, and keeps at most `limit` findings', () => {
    const untranslated = run(units([['Ensure food security.', '']]))
    expect(untranslated.notices.map((n) => n.key)).toEqual(['noTargets'])
    const many = Array.from({ length: 30 }, (_, i) => unit('Ensure food security.', '确保食品安全。', { id: `${i}` }))
    const session = new QaSession(index, { segmenter, limit: 10 })
    many.forEach((u) => session.add(u))
    const r = session.result()
    expect(r.findings).toHaveLength(10)
    expect(r.counts.forbidden).toBe(30)
    expect(r.truncated).toBe(true)
    expect(r.notices.map((n) => n.key)).toContain('truncated')
  })
})
