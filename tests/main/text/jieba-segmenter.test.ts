import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

import { buildSync } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'

import type { SegmentedWord } from '../../../src/core/text/segmenter'
import { addUserWords, jiebaSegmenter, withOffsets } from '../../../src/main/text/jieba-segmenter'

/** The words cover the text without gaps or overlaps, and each word's offsets slice out its text. */
function expectExactCover(text: string, words: SegmentedWord[]): void {
  const wrong: string[] = []
  let pos = 0
  for (const w of words) {
    if (w.start !== pos || w.end <= w.start || text.slice(w.start, w.end) !== w.text) wrong.push(JSON.stringify(w))
    pos = w.end
  }
  expect(wrong).toEqual([])
  expect(pos).toBe(text.length)
}

describe('jiebaSegmenter', () => {
  const seg = jiebaSegmenter()

  it('segments Chinese into words with part-of-speech tags', () => {
    const words = seg.segment('政府工作报告提出扩大内需。')
    expect(words.map((w) => w.text)).toEqual(['政府', '工作', '报告', '提出', '扩大内需', '。'])
    expect(words[0].tag).toBe('n')
    expect(words.at(-1)?.tag).toBe('x')
  })

  it.each([
    ['mixed scripts and spaces', 'GDP增长５％，PM2.5浓度下降 and e-mail地址\r\n第二行\t完'],
    ['astral characters (CJK extension B, emoji)', '𠀀字😀表情𪚥和𠮷野家'],
    ['lone surrogates', 'lone\ud800surrogate中\udc00文'],
    ['full-width letters, digits and ideographic space', '全角１２３ＡＢＣ　测试'],
    ['combining marks and controls', 'é́ combining 中文\u0000字'],
    ['traditional script', '新質生產力和碳達峰'],
    ['only spaces', '   ']
  ])('gives exact UTF-16 offsets: %s', (_name, text) => {
    expectExactCover(text, seg.segment(text))
    expectExactCover(text, jiebaSegmenter({ tags: false }).segment(text))
  })

  it('handles a 200,000-character line', () => {
    const text = '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念'.repeat(8000)
    expect(text.length).toBe(200_000)
    const words = jiebaSegmenter({ tags: false }).segment(text)
    expectExactCover(text, words)
  })

  it('returns nothing for empty text', () => {
    expect(seg.segment('')).toEqual([])
  })

  it('keeps user words whole once added, and adds each once', () => {
    const cut = (t: string) =>
      jiebaSegmenter({ tags: false })
        .segment(t)
        .map((w) => w.text)
    expect(cut('加快发展新质生产力')).toEqual(['加快', '发展', '新', '质', '生产力'])
    // 扩大内需 is already one word: not re-added. Blank and one-character entries are refused.
    expect(addUserWords(['新质生产力', '扩大内需', ' ', '质', 'two words'])).toBe(1)
    expect(addUserWords(['新质生产力'])).toBe(0)
    expect(cut('加快发展新质生产力')).toEqual(['加快', '发展', '新质生产力'])
    expect(seg.segment('新质生产力')[0].tag).toBe('nz')
  })
})

describe('withOffsets', () => {
  it('covers text a word list does not account for', () => {
    const words = withOffsets('abcdef', ['ab', 'zz', 'de'])
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['ab', 0, 2],
      ['c', 2, 3],
      ['de', 3, 5],
      ['f', 5, 6]
    ])
  })
})

describe('in a bundle and a worker thread', () => {
  // Inside the project (.tmp/ is ignored by git), so the bundle's require('@node-rs/jieba') resolves through
  // the project's node_modules as the built out/main does.
  const root = join(__dirname, '../../..')
  mkdirSync(join(root, '.tmp'), { recursive: true })
  const dir = mkdtempSync(join(root, '.tmp', 'jieba-bundle-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('runs from a CommonJS bundle with jieba external, as electron-vite builds main, inside a worker', async () => {
    const entry = join(dir, 'entry.ts')
    const file = join(dir, 'worker.js')
    buildSync({
      stdin: {
        contents:
          `import { parentPort } from 'node:worker_threads'\n` +
          `import { jiebaSegmenter } from ${JSON.stringify(join(__dirname, '../../../src/main/text/jieba-segmenter'))}\n` +
          `parentPort.postMessage(jiebaSegmenter().segment('推进供给侧结构性改革'))\n`,
        resolveDir: dir,
        sourcefile: entry,
        loader: 'ts'
      },
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['@node-rs/jieba'],
      logLevel: 'silent'
    })
    const words = await new Promise<SegmentedWord[]>((resolve, reject) => {
      const w = new Worker(file)
      w.once('message', (m: SegmentedWord[]) => {
        resolve(m)
        void w.terminate()
      })
      w.once('error', reject)
    })
    expect(words.map((w) => w.text).join('/')).toBe('推进/供给/侧/结构性/改革')
  })
})
