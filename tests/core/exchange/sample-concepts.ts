import type { ExchangeConcept, ExchangeUnit } from '../../../src/core/exchange/model'

/** A small term base exercising every field the exchange model has. */
export const SAMPLE_CONCEPTS: ExchangeConcept[] = [
  {
    id: 'c1',
    definition: 'Advanced productivity driven by innovation, with "high tech" & <high> efficiency.',
    domain: 'economic policy',
    note: 'Key phrase of the 2024 report.\nSecond line.',
    source: 'Government Work Report 2024',
    createdAt: '2024-03-05',
    modifiedAt: '2024-04-01',
    terms: [
      {
        lang: 'en',
        text: 'new quality productive forces',
        status: 'preferred',
        pos: 'noun',
        usageNote: 'Always plural.'
      },
      { lang: 'en', text: 'new productive forces', status: 'deprecated', pos: 'phrase' },
      { lang: 'en', text: 'NQPF', status: 'forbidden', extra: { termType: ['acronym'], customField: ['x|y'] } },
      { lang: 'zh-CN', text: '新质生产力', status: 'preferred', pos: 'noun' },
      { lang: 'zh-CN', text: '新型生产力', status: 'admitted' },
      { lang: 'zh-TW', text: '新質生產力', status: 'admitted' },
      { lang: 'fr', text: 'nouvelles forces productives de qualité', status: 'admitted' }
    ],
    examples: [
      {
        lang: 'en',
        text: 'China will develop new quality productive forces.',
        zh: '中国将发展新质生产力。',
        source: 'gwr-2024.txt',
        date: '2024-03-05',
        termText: 'new quality productive forces'
      },
      { lang: 'zh-CN', text: '因地制宜发展新质生产力。', termText: '新质生产力' }
    ],
    extra: { 'x-legacyCode': ['A-17'] }
  },
  {
    id: 'c2',
    domain: 'economic policy',
    terms: [
      { lang: 'en', text: 'high-quality development', status: 'preferred' },
      { lang: 'zh-CN', text: '高质量发展', status: 'preferred' }
    ]
  },
  {
    id: 'c3',
    note: 'Pipes | and = signs, tabs\tand 𠀀 astral, emoji 😀, ctrl\u0001gone',
    terms: [
      { lang: 'en', text: '=SUM(A1)', status: 'admitted' },
      { lang: 'en', text: 'a|b', status: 'admitted' },
      { lang: 'zh-CN', text: '“一带一路”倡议', status: 'preferred' }
    ]
  }
]

export const SAMPLE_UNITS: ExchangeUnit[] = [
  {
    srcLang: 'en-US',
    tgtLang: 'zh-CN',
    source: 'We will develop new quality productive forces.',
    target: '我们将发展新质生产力。',
    origin: 'gwr-2024.txt',
    createdAt: '2024-03-05T12:00:00Z',
    changedAt: '2024-03-06T08:30:00Z',
    note: 'checked',
    extra: { 'x-client': 'MOFCOM' }
  },
  { srcLang: 'en-US', tgtLang: 'zh-CN', source: 'Prices & wages rose by <5%.', target: '物价和工资涨幅低于5%。' },
  { srcLang: 'en-US', tgtLang: 'zh-CN', source: 'Line one\nline two "quoted"', target: '第一行\n第二行 𠀀😀' }
]
