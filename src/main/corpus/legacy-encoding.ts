/**
 * Which encoding bytes that are not valid UTF-8 were written in, judged by the plausibility of the
 * decoded text rather than by a statistical guess (chardet read a two-word GBK glossary as
 * Windows-1252 and GBK 坚持党的领导 as Big5). Each candidate decodes the lines that hold non-ASCII
 * bytes, and scores the share of those characters that are common in its own repertoire:
 * - GB18030/GBK, Big5, Shift-JIS: frequent-block ideographs (charset-repertoire.ts), CJK punctuation;
 * - Windows-1252 (Latin-1): accented letters and typographic punctuation standing alone or in pairs
 *   between ASCII letters (CJK bytes read as Latin-1 come in runs: 法治 → ·¨ÖÎ);
 * - UTF-8 itself: its valid multi-byte characters against the bytes that are not UTF-8, so a UTF-8
 *   file with one stray Latin-1 byte is recognised as UTF-8 (and refused with the line), never decoded
 *   whole as Latin-1.
 * Near ties go to the earlier candidate: UTF-8, GB18030, Big5, Shift-JIS, Windows-1252 (this is a tool
 * for Chinese policy texts; two hanzi can be valid GBK and valid Big5 at once).
 */
import iconv from 'iconv-lite'

import { type CjkCharset, isCommonIn } from './charset-repertoire'

export type LegacyVerdict =
  | { kind: 'legacy'; encoding: string }
  /** Mostly UTF-8, with bytes that are not: the caller reports where. */
  | { kind: 'damaged-utf8' }
  | { kind: 'unknown' }

export interface CandidateScore {
  encoding: string
  /** Non-ASCII characters the candidate decoded (U+FFFD for bytes it could not decode included). */
  nonAscii: number
  /** Share of those that are plausible in text written in this encoding, 0…1. */
  share: number
}

/** Names of what was tried, for the message when nothing fits. */
export const TRIED_ENCODINGS = 'UTF-8, UTF-16, GB18030 (GBK), Big5, Shift-JIS, Windows-1252 (Latin-1)'

/** The best candidate must make this share of its non-ASCII characters plausible. */
const CONVINCING = 0.8
/** Candidates this close to the best count as tied; the earlier one wins. */
const TIE = 0.05
/** Mostly-UTF-8 text: enough of it decodes to be sure the rest is damage, not another encoding. */
const UTF8_DAMAGED = 0.5
/** Bytes of non-ASCII lines scored; enough for a verdict, cheap for a 64 MiB file. */
const SAMPLE_BYTES = 256 * 1024

const CJK: CjkCharset[] = ['gb18030', 'big5', 'shift_jis']

/** The verdict for `data`, known not to be valid UTF-8, UTF-16 or binary. */
export function chooseLegacyEncoding(data: Buffer): LegacyVerdict {
  const scores = scoreCandidates(nonAsciiLines(data, SAMPLE_BYTES))
  const best = Math.max(...scores.map((s) => s.share))
  const pick = scores.find((s) => s.share >= best - TIE) ?? scores[0]
  const utf8 = scores[0]
  if (pick.share < CONVINCING) {
    return utf8.share >= UTF8_DAMAGED ? { kind: 'damaged-utf8' } : { kind: 'unknown' }
  }
  return pick.encoding === 'utf-8' ? { kind: 'damaged-utf8' } : { kind: 'legacy', encoding: pick.encoding }
}

/** Every candidate's score, in order of preference (exported for tests and diagnostics). */
export function scoreCandidates(sample: Buffer): CandidateScore[] {
  return [
    score('utf-8', sample.toString('utf8'), isPlausibleUtf8),
    ...CJK.map((cs) => score(cs, iconv.decode(sample, cs), (code) => isCommonIn(cs, code))),
    latinScore(iconv.decode(sample, 'windows-1252'))
  ]
}

function score(encoding: string, text: string, plausible: (code: number) => boolean): CandidateScore {
  let nonAscii = 0
  let good = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) as number
    if (code < 0x80) continue
    nonAscii++
    if (plausible(code)) good++
  }
  return { encoding, nonAscii, share: nonAscii === 0 ? 0 : good / nonAscii }
}

/** A character UTF-8 decoded: anything but the replacement character, C1 controls and private use. */
function isPlausibleUtf8(code: number): boolean {
  return code !== 0xfffd && !(code >= 0x80 && code < 0xa0) && !(code >= 0xe000 && code <= 0xf8ff)
}

const LATIN_PUNCTUATION = new Set([...'‘’‚“”„–—…•€£¥©®°«»§¿¡\u00a0ŒœŠšŽžŸ'].map((c) => c.charCodeAt(0)))

function isLatinCommon(code: number): boolean {
  return (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) || LATIN_PUNCTUATION.has(code)
}

/**
 * Windows-1252: accented letters and punctuation, alone or in pairs. A run of three or more non-ASCII
 * characters is another encoding's multi-byte text, and so is Ã or Â followed by a symbol (UTF-8 é, ©).
 */
function latinScore(text: string): CandidateScore {
  let nonAscii = 0
  let good = 0
  let i = 0
  while (i < text.length) {
    if (text.charCodeAt(i) < 0x80) {
      i++
      continue
    }
    let end = i
    while (end < text.length && text.charCodeAt(end) >= 0x80) end++
    const run = end - i
    nonAscii += run
    const utf8Pair =
      run === 2 &&
      (text.charCodeAt(i) === 0xc3 || text.charCodeAt(i) === 0xc2) &&
      !isLatinLetter(text.charCodeAt(i + 1))
    if (run <= 2 && !utf8Pair) {
      for (let k = i; k < end; k++) if (isLatinCommon(text.charCodeAt(k))) good++
    }
    i = end
  }
  return { encoding: 'windows-1252', nonAscii, share: nonAscii === 0 ? 0 : good / nonAscii }
}

function isLatinLetter(code: number): boolean {
  return code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7
}

/**
 * The lines of `data` that hold a non-ASCII byte, joined, up to `cap` bytes: ASCII-only lines say
 * nothing about the encoding, and a 64 MiB file need not be decoded five times. Line ends are safe
 * cut points: 0x0A is never part of a multi-byte character in any candidate.
 */
export function nonAsciiLines(data: Buffer, cap: number): Buffer {
  const parts: Buffer[] = []
  let total = 0
  let start = 0
  let high = false
  for (let i = 0; i <= data.length && total < cap; i++) {
    if (i === data.length || data[i] === 0x0a) {
      if (high) {
        const line = data.subarray(start, Math.min(i + 1, start + cap - total))
        parts.push(line)
        total += line.length
      }
      start = i + 1
      high = false
    } else if (data[i] >= 0x80) high = true
  }
  return Buffer.concat(parts, total)
}
