import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseDocumentHeader } from '../../../src/core/text/document-header'
import { normalizeText } from '../../../src/core/text/normalize'
import { MAX_SEGMENT_CHARS, splitSentences, type TextSpan } from '../../../src/core/text/sentence-split'

/** Offsets must index the input exactly, in order, without overlap, trimmed. */
function expectValidSpans(input: string, spans: TextSpan[]): void {
  let last = 0
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(last)
    expect(s.end).toBeGreaterThan(s.start)
    expect(input.slice(s.start, s.end)).toBe(s.text)
    expect(s.text).toBe(s.text.trim())
    last = s.end
  }
}

const english: Array<[string, string[]]> = [
  [
    'BEIJING, Sept. 4 (Xinhua) -- At the hall. It was big.',
    ['BEIJING, Sept. 4 (Xinhua) -- At the hall.', 'It was big.']
  ],
  ['He met Mr. Smith and Dr. Wang. They talked.', ['He met Mr. Smith and Dr. Wang.', 'They talked.']],
  ['The U.S. economy grew. The U.K. did too.', ['The U.S. economy grew.', 'The U.K. did too.']],
  ['He lives in the U.S. The weather is fine.', ['He lives in the U.S.', 'The weather is fine.']],
  [
    'Xi visited GAC Aion New Energy Automobile Co., Ltd. in the city of Guangzhou. Next one.',
    ['Xi visited GAC Aion New Energy Automobile Co., Ltd. in the city of Guangzhou.', 'Next one.']
  ],
  [
    'Huawei Technologies Co. Ltd. announced results. It grew.',
    ['Huawei Technologies Co. Ltd. announced results.', 'It grew.']
  ],
  [
    'The device is made by Apple Inc. The company said so.',
    ['The device is made by Apple Inc.', 'The company said so.']
  ],
  ['Apple Inc. CEO Tim Cook spoke.', ['Apple Inc. CEO Tim Cook spoke.']],
  ['See No. 1 Middle School. It opened.', ['See No. 1 Middle School.', 'It opened.']],
  ['Eat grains, e.g. Rice, and fruit, i.e. Apples. Good.', ['Eat grains, e.g. Rice, and fruit, i.e. Apples.', 'Good.']],
  ['Bring pens, paper, etc. to class. Then leave.', ['Bring pens, paper, etc. to class.', 'Then leave.']],
  ['Pens, paper, etc. The rest stays.', ['Pens, paper, etc.', 'The rest stays.']],
  ['Xi J. Ping visited. He left.', ['Xi J. Ping visited.', 'He left.']],
  [
    'GDP grew 3.5 percent to 1.2 trillion yuan. Exports rose.',
    ['GDP grew 3.5 percent to 1.2 trillion yuan.', 'Exports rose.']
  ],
  ['Wait... What happened? Nothing! Really.', ['Wait...', 'What happened?', 'Nothing!', 'Really.']],
  ['and so on... and then it stopped.', ['and so on... and then it stopped.']],
  ['A pause… The end.', ['A pause…', 'The end.']],
  [
    '"It is a milestone," he said. "We are proud." Next.',
    ['"It is a milestone," he said.', '"We are proud."', 'Next.']
  ],
  ['"Is it high, right?" Xi asked. Zhang nodded.', ['"Is it high, right?" Xi asked.', 'Zhang nodded.']],
  ['“How many people live here?” Xi asked the lawmakers.', ['“How many people live here?” Xi asked the lawmakers.']],
  ['“Is it?” The room fell silent.', ['“Is it?”', 'The room fell silent.']],
  ['It ended (finally.) Then more.', ['It ended (finally.)', 'Then more.']],
  ['He said: "Stop!" Then he left.', ['He said: "Stop!"', 'Then he left.']],
  ['Is it?! Yes.', ['Is it?!', 'Yes.']],
  ['Visit chinadaily.com.cn for news. It helps.', ['Visit chinadaily.com.cn for news.', 'It helps.']],
  ['It starts at 10 a.m. Beijing time.', ['It starts at 10 a.m. Beijing time.']],
  ['Prices rose 5%. Sales fell.', ['Prices rose 5%.', 'Sales fell.']],
  ['The U.S.-China talks ended. Good.', ['The U.S.-China talks ended.', 'Good.']],
  ['The rate was 2.5%.', ['The rate was 2.5%.']],
  ['Jan. 5 was cold. In Jan. The snow fell.', ['Jan. 5 was cold.', 'In Jan.', 'The snow fell.']],
  [
    'Sci-tech innovation highlighted\nBEIJING -- Text here',
    ['Sci-tech innovation highlighted', 'BEIJING -- Text here']
  ],
  ['First paragraph.\n\n\nSecond paragraph.', ['First paragraph.', 'Second paragraph.']],
  ['  padded sentence.   Another one.  ', ['padded sentence.', 'Another one.']],
  ['no punctuation at all', ['no punctuation at all']],
  ['(Photo by Kuang Linhua/chinadaily.com.cn)', ['(Photo by Kuang Linhua/chinadaily.com.cn)']],
  ['March 5, 2025. (Photo by Kuang Linhua)', ['March 5, 2025.', '(Photo by Kuang Linhua)']],
  ['He saw it. then lowercase continues.', ['He saw it. then lowercase continues.']],
  ['Operating at full capacity. 2024 was a record.', ['Operating at full capacity.', '2024 was a record.']],
  ['Yahoo! is a site.', ['Yahoo! is a site.']],
  [
    'Total: 330,000. \n\nDisclaimer: positions.。\nGot likes0',
    ['Total: 330,000.', 'Disclaimer: positions.。', 'Got likes0']
  ]
]

const chinese: Array<[string, string[]]> = [
  [
    '新质生产力是关键。我们要发展！是吗？是的；好的。',
    ['新质生产力是关键。', '我们要发展！', '是吗？', '是的；', '好的。']
  ],
  ['他说：“我们要发展。”然后离开了。', ['他说：“我们要发展。”', '然后离开了。']],
  ['他问：“真的吗？！”我说是。', ['他问：“真的吗？！”', '我说是。']],
  ['这是……好吧。', ['这是……', '好吧。']],
  ['「你好。」他说。', ['「你好。」', '他说。']],
  [
    '华为技术有限公司（Huawei Technologies Co., Ltd.）发布了新产品。',
    ['华为技术有限公司（Huawei Technologies Co., Ltd.）发布了新产品。']
  ],
  ['增长了3.5%。出口增加。', ['增长了3.5%。', '出口增加。']],
  ['真的?是的!好', ['真的?', '是的!', '好']],
  ['第一段没有标点\n第二段。', ['第一段没有标点', '第二段。']],
  ['English sentence inside. 然后是中文。', ['English sentence inside.', '然后是中文。']],
  ['一、坚持创新驱动；二、推进改革。', ['一、坚持创新驱动；', '二、推进改革。']],
  ['会议于2025年3月5日召开。', ['会议于2025年3月5日召开。']]
]

describe('splitSentences: English', () => {
  it.each(english)('%j', (input, expected) => {
    const spans = splitSentences(input, 'en')
    expectValidSpans(input, spans)
    expect(spans.map((s) => s.text)).toEqual(expected)
  })
})

describe('splitSentences: Chinese', () => {
  it.each(chinese)('%j', (input, expected) => {
    const spans = splitSentences(input, 'zh')
    expectValidSpans(input, spans)
    expect(spans.map((s) => s.text)).toEqual(expected)
  })
})

describe('splitSentences: limits', () => {
  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('', 'en')).toEqual([])
    expect(splitSentences(' \n\n \t\n', 'zh')).toEqual([])
  })

  it('cuts a 50,000-character line without punctuation into bounded segments at spaces', () => {
    const input = 'word '.repeat(10_000).trim()
    const spans = splitSentences(input, 'en')
    expectValidSpans(input, spans)
    expect(spans.length).toBeGreaterThanOrEqual(25)
    for (const s of spans) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS)
      expect(s.text.startsWith('word')).toBe(true) // never cut inside a word
      expect(s.text.endsWith('word')).toBe(true)
    }
    expect(spans.map((s) => s.text).join(' ')).toBe(input)
  })

  it('prefers commas when cutting long Chinese runs, and hard-cuts runs with no break point', () => {
    const withCommas = '发展新质生产力，'.repeat(1000)
    const spans = splitSentences(withCommas, 'zh')
    expectValidSpans(withCommas, spans)
    for (const s of spans) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SEGMENT_CHARS)
      expect(s.text.endsWith('，')).toBe(true)
    }
    const solid = '中'.repeat(50_000)
    const solidSpans = splitSentences(solid, 'zh')
    expect(solidSpans.length).toBe(25)
    expect(solidSpans.map((s) => s.text).join('')).toBe(solid)
  })

  it('never splits a surrogate pair when hard-cutting', () => {
    const input = '𠀀'.repeat(3000) // supplementary-plane ideographs, two UTF-16 units each
    const spans = splitSentences(input, 'zh')
    expectValidSpans(input, spans)
    for (const s of spans) expect(s.text).toMatch(/^(?:𠀀)+$/u)
  })

  it('handles pathological punctuation runs in one pass', () => {
    const input = 'a. '.repeat(20_000) + '.'.repeat(20_000) + ' '.repeat(20_000) + 'End.'
    const spans = splitSentences(input, 'en')
    expectValidSpans(input, spans)
    expect(spans.at(-1)?.text.endsWith('End.')).toBe(true)
  })
})

describe('splitSentences: seed corpus', () => {
  const seedDir = join(__dirname, '../../../seeds')
  const seeds = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  const bodies = seeds
    .map((f) => parseDocumentHeader(normalizeText(readFileSync(join(seedDir, f), 'utf8'))))
    .map((h) => h.body)
  const all = bodies.flatMap((b) => splitSentences(b, 'en').map((s) => s.text))

  it('keeps datelines, abbreviations, decimals and company names inside their sentences', () => {
    expect(all).toContain(
      'BEIJING, Sept. 4 (Xinhua) -- At the exhibition hall for health services in Shougang Park, an ' +
        'exhibition area for the ongoing China International Fair for Trade in Services (CIFTIS) in Beijing, ' +
        'a knee surgery robot from the Peking Union Medical College Hospital stood out as a star exhibit ' +
        'among visitors.'
    )
    expect(all).toContain(
      'On April 12, Xi visited the headquarters of GAC Aion New Energy Automobile ' +
        'Co., Ltd. in the city of Guangzhou in Guangdong Province.'
    )
    expect(all).toContain(
      'Compared with 2022, Jiangsu’s fiscal investment in technological innovation ' +
        'increased by 16.2 percent in 2024.'
    )
    expect(all.some((s) => s.startsWith('On Feb. 22, 2021, Xi met representatives'))).toBe(true)
  })

  it('ends sentences inside quotes and keeps quoted questions with their speaker', () => {
    expect(all).toContain(
      '"Back in the 1990s, China was still not capable of performing coronary stent ' + 'placement surgeries.'
    )
    expect(all).toContain(
      'Nowadays, the localization rate of stents used for such surgeries is quite ' + 'high, right?" Xi asked.'
    )
    expect(all).toContain('“Jiangsu, an economic powerhouse, should take the lead.”')
    expect(all).toContain('This was the earnest instruction from Xi.')
    expect(all).toContain(
      '“How many people live in your community?” Xi asked the lawmakers during the ' +
        'deliberation with the Jiangsu delegation.'
    )
  })

  it('produces plausible sentences everywhere: none starts in lower case or ends on an abbreviation', () => {
    expect(all.length).toBeGreaterThan(140)
    for (const s of all) {
      expect(s, s).not.toMatch(/^[a-z]/)
      expect(s, s).not.toMatch(/\b(?:Sept|Feb|Mr|Dr|No|Co|U\.S)\.$/)
      expect(s.length, s).toBeLessThan(1000)
    }
  })
})

describe('splitSentences: random input', () => {
  // Deterministic pseudo-random text over an alphabet of the characters the splitter reacts to.
  const ALPHABET = [
    'a',
    'B',
    'x',
    'Mr',
    'U.S',
    'No',
    '3',
    ' ',
    ' ',
    '.',
    '.',
    '?',
    '!',
    '…',
    '"',
    '”',
    '’',
    ')',
    '(',
    '\n',
    '。',
    '！',
    '；',
    '中',
    '文',
    '」',
    ',',
    '，',
    '\u3000',
    '𠀀'
  ]
  let seed = 12345
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
  }

  it('always returns trimmed, ordered spans that cover every visible character exactly once', () => {
    for (let round = 0; round < 300; round++) {
      const parts: string[] = []
      const length = 1 + random(200)
      for (let i = 0; i < length; i++) parts.push(ALPHABET[random(ALPHABET.length)])
      const input = parts.join('')
      for (const lang of ['en', 'zh'] as const) {
        const spans = splitSentences(input, lang)
        expectValidSpans(input, spans)
        const covered = spans.map((s) => s.text).join('')
        expect(covered.replace(/\s/g, '')).toBe(input.replace(/\s/g, ''))
      }
    }
  })
})
