/**
 * Plain text from Markdown: headings, emphasis, links (their text kept), images (alt kept), lists,
 * quotes and tables lose their markup; code fences keep their content as text. Soft-wrapped lines
 * of a paragraph are joined, because the sentence splitter treats every newline as a boundary.
 */
import { isHanCode } from '../../shared/script'
import { parseLooseDate } from './parse-date'

export interface MarkdownText {
  title: string | null
  date: string | null
  text: string
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const REFERENCE_DEF = /^ {0,3}\[[^\]]+\]:\s*\S+/
const TABLE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!|>~<"'])/g

export function markdownToText(markdown: string): MarkdownText {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  let title: string | null = null
  let date: string | null = null
  let i = 0
  // YAML front matter: title/date are metadata, the rest of the block is not text.
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((l, j) => j > 0 && j < 200 && /^(---|\.\.\.)\s*$/.test(l))
    if (close > 0) {
      for (const l of lines.slice(1, close)) {
        const kv = /^(title|date)\s*:\s*["']?(.*?)["']?\s*$/i.exec(l)
        if (kv && kv[1].toLowerCase() === 'title' && kv[2] !== '') title = kv[2]
        if (kv && kv[1].toLowerCase() === 'date') date = parseLooseDate(kv[2])
      }
      i = close + 1
    }
  }

  const blocks: string[] = []
  let paragraph = ''
  let fence: string | null = null
  const flush = (): void => {
    if (paragraph.trim() !== '') blocks.push(paragraph.trim())
    paragraph = ''
  }
  const newLine = (text: string): void => {
    // A line that must stay on its own (list item, table row, code line) within the current block.
    if (text.trim() === '') return
    paragraph = paragraph === '' ? text : `${paragraph}\n${text}`
  }

  for (; i < lines.length; i++) {
    const raw = lines[i]
    if (fence !== null) {
      if (raw.trim().startsWith(fence) && /^[`~]+\s*$/.test(raw.trim())) {
        fence = null
        flush()
      } else {
        newLine(raw.replace(/\s+$/, ''))
      }
      continue
    }
    const fenceOpen = FENCE.exec(raw)
    if (fenceOpen) {
      flush()
      fence = fenceOpen[1]
      continue
    }
    let line = raw
    while (/^ {0,3}>/.test(line)) line = line.replace(/^ {0,3}> ?/, '')
    if (line.trim() === '') {
      flush()
      continue
    }
    if (REFERENCE_DEF.test(line)) continue
    const heading = ATX_HEADING.exec(line)
    if (heading) {
      flush()
      const text = inline(heading[2] ?? '')
      if (title === null && text !== '') title = text
      blocks.push(text)
      continue
    }
    const underline = SETEXT_UNDERLINE.exec(line)
    if (underline && paragraph !== '' && !paragraph.includes('\n')) {
      if (title === null) title = paragraph.trim()
      flush()
      continue
    }
    if (RULE.test(line) || (underline && underline[1].startsWith('-'))) {
      flush()
      continue
    }
    if (TABLE_SEPARATOR.test(line) && line.includes('-') && line.includes('|')) continue
    if (/^\s*\|/.test(line)) {
      const cells = line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => inline(c.trim()))
      newLine(cells.join('\t'))
      continue
    }
    const list = LIST_MARKER.exec(line)
    if (list) {
      newLine(inline(line.slice(list[0].length).trim()))
      continue
    }
    const hardBreak = / {2,}$|\\$/.test(line)
    const text = inline(line.trim().replace(/\\$/, ''))
    paragraph = joinSoftWrap(paragraph, text)
    if (hardBreak) paragraph += '\n'
  }
  flush()
  return { title, date, text: blocks.join('\n\n') }
}

/** Join a soft-wrapped line to its paragraph: a space between words, nothing between Han characters. */
function joinSoftWrap(paragraph: string, text: string): string {
  if (paragraph === '' || paragraph.endsWith('\n')) return paragraph + text
  const left = paragraph.charCodeAt(paragraph.length - 1)
  const right = text.charCodeAt(0)
  return paragraph + (isHanCode(left) && isHanCode(right) ? '' : ' ') + text
}

/** Strip inline markup from one line of text. */
function inline(source: string): string {
  const held: string[] = []
  const hold = (s: string): string => `\u0000${held.push(s) - 1}\u0000`
  let s = source
    .replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) => hold(code.trim()))
    .replace(ESCAPABLE, (_m, ch: string) => hold(ch))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto|ftp):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
  s = decodeEntities(s)
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u0000(\d+)\u0000/g, (_m, n: string) => held[Number(n)])
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  copy: '©',
  reg: '®'
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X'
      const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
      return valid ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole
  })
}
