import { readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseDocumentHeader, titleFromText } from '../../../src/core/text/document-header'
import { normalizeText } from '../../../src/core/text/normalize'

const SEEDS = join(__dirname, '../../../seeds')
const seed = (name: string): string => normalizeText(readFileSync(join(SEEDS, name), 'utf8'))

describe('parseDocumentHeader: the five seeds', () => {
  it.each([
    [
      '000_e7bf50692db35f3f.txt',
      '2025-03-08',
      "Zhang Junjie, a deputy to the 14th National People's Congress, attends a group interview ahead of " +
        'the opening meeting of the third session of the 14th NPC at the Great Hall of the People in ' +
        'Beijing, March 5, 2025.',
      "Zhang Junjie, a deputy to the 14th National People's Congress"
    ],
    [
      '001_3d4a13419c0814bc.txt',
      '2025-03-08',
      // first sentence is too long: dateline dropped, cut at a word boundary
      'Chinese President Xi Jinping, also general secretary of the Communist Party of China Central ' +
        'Committee and chairman of the Central Military Commission, took part in a deliberation with fellow…',
      'BEIJING, March 8, 2025 /PRNewswire/ — Chinese President Xi Jinping'
    ],
    [
      '002_cada000b89ccfcc1.txt',
      '2023-09-04',
      'Sci-tech innovation in health services highlighted at CIFTIS',
      'Sci-tech innovation in health services highlighted at CIFTIS\n\nBEIJING, Sept. 4 (Xinhua) -- At'
    ],
    [
      '003_190e5f4913bdc872.txt',
      '2023-05-30',
      'Xi Focus: Encouraging sci-tech workers and fostering innovation',
      'Xi Focus: Encouraging sci-tech workers and fostering innovation\n\nBEIJING, May 29 -- Chinese'
    ],
    [
      '004_8069748b53d930be.txt',
      '2025-03-12',
      'Innovation set to boost strength in key sectors',
      'Innovation set to boost strength in key sectors\n\n08:33, March 12, 2025\n\nChina'
    ]
  ])('%s', (file, date, title, bodyStart) => {
    const header = parseDocumentHeader(seed(file))
    expect(header.date).toBe(date)
    expect(header.title).toBe(title)
    expect(header.body.startsWith(bodyStart)).toBe(true)
    // Only the metadata is removed: no "date" marker or "Time:" line is left in the stored text.
    expect(header.body).not.toMatch(/^\s*date \d{4}/)
    expect(header.body).not.toMatch(/^Time:/m)
    expect(header.title!.length).toBeLessThanOrEqual(240)
  })
})

describe('parseDocumentHeader: other conventions', () => {
  it.each([
    ['Title here\nDate: 2025-3-8\n\nBody text.', 'Title here', '2025-03-08', 'Title here\n\nBody text.'],
    ['Title here\nTime: 2025/03/08\nBody text.', 'Title here', '2025-03-08', 'Title here\nBody text.'],
    ['Title here\nDate: March 8, 2025\n\nBody.', 'Title here', '2025-03-08', 'Title here\n\nBody.'],
    [
      'Title: Explicit title\nDate: 2025-03-08\n\nFirst line of body.',
      'Explicit title',
      '2025-03-08',
      'First line of body.'
    ],
    [
      '新质生产力的内涵\n发布时间：2024年3月5日 08:00\n\n正文第一句。',
      '新质生产力的内涵',
      '2024-03-05',
      '新质生产力的内涵\n\n正文第一句。'
    ],
    [' date 2025-3-8\nBody on its own line.', 'Body on its own line.', '2025-03-08', 'Body on its own line.'],
    ['A plain title\n\nThe body follows.', 'A plain title', null, 'A plain title\n\nThe body follows.'],
    ['Title\nDate: not a date\n\nBody.', 'Title', null, 'Title\nDate: not a date\n\nBody.'],
    ['', null, null, '']
  ])('%j', (input, title, date, body) => {
    const header = parseDocumentHeader(input)
    expect(header).toEqual({ title, date, body })
  })

  it('ignores date-like lines deep inside the running text', () => {
    const long = 'x'.repeat(250)
    const input = `Title\n${long}\n${long}\n${long}\nDate: 2025-03-08\nMore.`
    expect(parseDocumentHeader(input).date).toBeNull()
  })
})

describe('titleFromText', () => {
  it('uses the first line when it is short', () => {
    expect(titleFromText('\n  Short title  \nBody')).toBe('Short title')
  })

  it('uses the first sentence of a long first line', () => {
    const text = 'A first sentence that is the title. ' + 'Then a lot more words follow here. '.repeat(10)
    expect(titleFromText(text)).toBe('A first sentence that is the title.')
  })

  it('cuts a long first sentence at a word boundary with an ellipsis', () => {
    const title = titleFromText('word '.repeat(100) + 'end.')!
    expect(title.length).toBeLessThanOrEqual(201)
    expect(title).toMatch(/^(word )+word…$/)
  })

  it('cuts long Chinese text without splitting a character', () => {
    const title = titleFromText('中'.repeat(500))!
    expect(title).toBe('中'.repeat(200) + '…')
  })

  it('returns null for blank text', () => {
    expect(titleFromText(' \n \n')).toBeNull()
  })
})
