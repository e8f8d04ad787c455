/**
 * Header conventions of plain-text corpus files (see seeds/):
 *  - ` date 2025-03-08 First line of the text…` — a date marker glued to the first paragraph;
 *  - `Title line` followed by `Time:2023-05-30 12:57` (also `Date:`, `发布时间：`, …);
 *  - otherwise the first line is the title when it is short enough.
 * Only the metadata itself (the date marker, the Time:/Date:/Title: lines) is removed from the body;
 * title lines stay, since headlines are text a translator searches too. Segment offsets must be
 * computed on the returned `body`.
 */
import { detectLanguage } from '../../shared/script'
import { parseLooseDate } from './parse-date'
import { splitSentences } from './sentence-split'

export interface DocumentHeader {
  title: string | null
  date: string | null
  body: string
}

export const MAX_TITLE_CHARS = 200
/** A whole first sentence may run a little over the limit rather than be cut mid-phrase. */
const MAX_SENTENCE_TITLE_CHARS = 240
/** Metadata lines are looked for among the first few lines only. */
const HEADER_LINES = 6

const DATE_MARKER = /^[ \t]*date[ \t]*[:：]?[ \t]*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?)[ \t]*/i
const META_KEYS = 'time|date|published|posted|updated|publication date|发布时间|发表时间|时间|日期|title|标题'
const META_LINE = new RegExp(`^[ \\t]*(${META_KEYS})[ \\t]*[:：][ \\t]*(.*)$`, 'i')
// "BEIJING, Sept. 4 (Xinhua) -- " / "BEIJING, March 8, 2025 /PRNewswire/ — ": news datelines.
const DATELINE = /^[A-Z][A-Z .'-]{2,40},\s[^\n]{0,60}?(?:--|—|–)\s+/

export function parseDocumentHeader(text: string): DocumentHeader {
  const marker = DATE_MARKER.exec(text)
  if (marker) {
    const date = parseLooseDate(marker[1])
    if (date) {
      const body = text.slice(marker[0].length).replace(/^\n+/, '')
      return { title: titleFromText(body), date, body }
    }
  }
  return parseMetaLines(text)
}

function parseMetaLines(text: string): DocumentHeader {
  let date: string | null = null
  let title: string | null = null
  let firstContentLine: string | null = null
  const drop: Array<[number, number]> = []
  let pos = 0
  let seen = 0
  while (pos < text.length && seen < HEADER_LINES) {
    const nl = text.indexOf('\n', pos)
    const end = nl < 0 ? text.length : nl
    const line = text.slice(pos, end)
    if (line.trim() !== '') {
      seen++
      const meta = META_LINE.exec(line)
      const key = meta?.[1].toLowerCase()
      const value = meta?.[2].trim() ?? ''
      if (meta && (key === 'title' || key === '标题') && value !== '' && title === null) {
        title = value.slice(0, MAX_TITLE_CHARS)
        drop.push([pos, nl < 0 ? end : end + 1])
      } else if (meta && date === null && parseLooseDate(value) !== null) {
        date = parseLooseDate(value)
        drop.push([pos, nl < 0 ? end : end + 1])
        if (title === null && firstContentLine !== null && firstContentLine.length <= MAX_TITLE_CHARS) {
          title = firstContentLine
        }
      } else if (firstContentLine === null) {
        firstContentLine = line.trim()
      } else if (line.length > MAX_TITLE_CHARS) {
        break // the running text has started: no more header lines
      }
    }
    if (nl < 0) break
    pos = nl + 1
  }
  let body = text
  for (let i = drop.length - 1; i >= 0; i--) {
    const before = body.slice(0, drop[i][0])
    let after = body.slice(drop[i][1])
    // A metadata line between two blank lines leaves one blank line, not two.
    if (before.endsWith('\n\n') || before === '') after = after.replace(/^\n+/, '')
    body = before + after
  }
  return { title: title ?? titleFromText(body), date, body }
}

/**
 * A title from running text: the first line when short; otherwise its first sentence (without a
 * news dateline), or failing that the first ~200 characters cut at a word boundary.
 */
export function titleFromText(text: string): string | null {
  const match = /^[ \t]*(\S[^\n]*)/m.exec(text)
  if (!match) return null
  const line = match[1].trim()
  if (line.length <= MAX_TITLE_CHARS) return line
  const stripped = line.replace(DATELINE, '') || line
  const first = splitSentences(stripped, detectLanguage(stripped))[0]
  if (first && first.text.length <= MAX_SENTENCE_TITLE_CHARS) return first.text
  return truncateAtBoundary(stripped, MAX_TITLE_CHARS)
}

function truncateAtBoundary(text: string, max: number): string {
  let cut = max
  const floor = max >> 1
  while (cut > floor && !/[\s,，、;；]/.test(text[cut])) cut--
  if (cut === floor) cut = max
  // Never leave half of a surrogate pair at the end.
  const code = text.charCodeAt(cut - 1)
  if (code >= 0xd800 && code <= 0xdbff) cut--
  return text.slice(0, cut).replace(/[\s,，、;；]+$/, '') + '…'
}
