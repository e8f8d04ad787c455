import { describe, expect, it } from 'vitest'

import { normalizeText } from '../../../src/core/text/normalize'

describe('normalizeText', () => {
  it.each([
    ['line one\r\nline two\rline three', 'line one\nline two\nline three'],
    ['\ufeffBOM at start', 'BOM at start'],
    ['no\u00a0break\u202fspace', 'no break space'],
    ['bell\u0007 and esc\u001b and del\u007f and c1\u0085gone', 'bell and esc and del and c1\ngone'],
    ['tab\tkept\nnewline kept', 'tab\tkept\nnewline kept'],
    ['zero\u200bwidth soft\u00adhyphen', 'zerowidth softhyphen'],
    ['e\u0301te\u0301', 'été'], // decomposed accents compose (NFC)
    ['a\n\n\n\n\n\nb', 'a\n\n\nb'], // more than two blank lines collapse to two
    ['a\n\n\nb', 'a\n\n\nb'],
    ['a\n \t \n\n\n\nb', 'a\n\n\nb'], // whitespace-only lines are blank lines
    ['trailing spaces   \nnext', 'trailing spaces\nnext'],
    [' date 2025-03-08 keeps leading space', ' date 2025-03-08 keeps leading space'],
    ['\n\n\nleading blank lines and trailing ones\n\n  \n', 'leading blank lines and trailing ones']
  ])('%j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('is idempotent', () => {
    const messy = '\ufeffA\r\n\r\n\r\n\r\nB\u00a0C\u0000 e\u0301 \n'
    expect(normalizeText(normalizeText(messy))).toBe(normalizeText(messy))
  })
})

describe('normalizeText on long runs of blanks', () => {
  it('trims line ends in one pass: a million spaces inside a line do not stall the import', () => {
    const spaces = ' '.repeat(1_000_000)
    const text = normalizeText(`Start.${spaces}End.   \nNext line\t\t\n${'\t'.repeat(500_000)}x${spaces}`)
    expect(text).toBe(`Start.${spaces}End.\nNext line\n${'\t'.repeat(500_000)}x`)
  })
})
