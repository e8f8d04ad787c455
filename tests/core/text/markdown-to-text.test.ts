import { describe, expect, it } from 'vitest'

import { markdownToText } from '../../../src/core/text/markdown-to-text'

describe('markdownToText', () => {
  it('strips headings, emphasis, links and images, keeping their text', () => {
    const r = markdownToText(
      [
        '# New *quality* productive forces',
        '',
        'Some **bold**, __strong__, *em*, _em_ and ~~struck~~ text with a [link](https://x.cn/a_(b) "t"),',
        'an image ![the alt](img.png), a [reference][ref] and <https://example.com>.',
        '',
        '[ref]: https://example.com/ref'
      ].join('\n')
    )
    expect(r.title).toBe('New quality productive forces')
    expect(r.text).toBe(
      'New quality productive forces\n\n' +
        'Some bold, strong, em, em and struck text with a link, ' +
        'an image the alt, a reference and https://example.com.'
    )
  })

  it('keeps identifiers with underscores and arithmetic asterisks intact', () => {
    expect(markdownToText('Use snake_case_name and 3 * 4 * 5 and \\*literal\\*.').text).toBe(
      'Use snake_case_name and 3 * 4 * 5 and *literal*.'
    )
  })

  it('keeps code as text, both fenced and inline', () => {
    const r = markdownToText('Call `run_it()` now.\n\n```ts\nconst a = **b**\n  indented()\n```\n\nAfter.')
    expect(r.text).toBe('Call run_it() now.\n\nconst a = **b**\n  indented()\n\nAfter.')
  })

  it('drops list markers, quote markers, rules and table separators', () => {
    const r = markdownToText(
      [
        '- first item',
        '* second item',
        '+ third',
        '1. numbered',
        '2) also numbered',
        '- [x] done task',
        '',
        '> quoted line',
        '> continues',
        '',
        '---',
        '',
        '| A | B |',
        '|---|:-:|',
        '| 1 | 2 |'
      ].join('\n')
    )
    expect(r.text).toBe(
      'first item\nsecond item\nthird\nnumbered\nalso numbered\ndone task\n\n' + 'quoted line continues\n\nA\tB\n1\t2'
    )
  })

  it('joins soft-wrapped lines: a space in English, nothing between Chinese characters', () => {
    expect(markdownToText('An English\nparagraph.\n\n新质生产力\n是关键。').text).toBe(
      'An English paragraph.\n\n新质生产力是关键。'
    )
  })

  it('reads setext headings and YAML front matter', () => {
    const r = markdownToText('---\ntitle: "Front title"\ndate: 2025-3-8\n---\nSetext heading\n===\n\nBody.')
    expect(r).toEqual({ title: 'Front title', date: '2025-03-08', text: 'Setext heading\n\nBody.' })
    expect(markdownToText('Setext heading\n---\n\nBody.').title).toBe('Setext heading')
  })

  it('decodes entities and strips inline HTML', () => {
    expect(markdownToText('A &amp; B <span class="x">inside</span> &#26032;').text).toBe('A & B inside 新')
  })
})

describe('markdownToText: malformed input', () => {
  it.each([
    '```\nunterminated fence\nstill code',
    '**unclosed bold and _unclosed em',
    '[unclosed link(http://x',
    '---\ntitle: no closing front matter',
    '> > > nested quotes\n>',
    '| only | pipes |'
  ])('%j does not throw and keeps the words', (md) => {
    const { text } = markdownToText(md)
    const firstWord = /[a-z]{4,}/.exec(md)![0]
    expect(text).toContain(firstWord)
  })
})
