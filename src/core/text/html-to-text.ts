/**
 * The readable text of an HTML page: no markup, no scripts or page furniture (navigation, header,
 * footer, asides), block elements as paragraph breaks, entities decoded. node-html-parser is pure
 * JavaScript, so this stays in the core layer.
 */
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser'

import { parseLooseDate } from './parse-date'

export interface HtmlText {
  title: string | null
  /** ISO date from the page's publication-date meta tags, when present. */
  date: string | null
  text: string
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'pubdate',
  'publishdate',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'datepublished'
]

const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'select',
  'textarea',
  'head',
  'title',
  'menu',
  'dialog'
])

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'hr',
  'center',
  'details',
  'summary',
  'fieldset',
  'caption',
  'body',
  'html',
  'hgroup'
])

const CELLS = new Set(['td', 'th'])

export function htmlToText(html: string): HtmlText {
  // The parser keeps doctypes and XML declarations as text; they are not content.
  const cleaned = html.replace(/<!doctype[^>]*>/gi, '').replace(/<\?[\s\S]*?\?>/g, '')
  const root = parse(cleaned, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true }
  })
  const titleEl = root.querySelector('title')
  const h1El = root.querySelector('h1')
  let title = titleEl ? collapse(titleEl.text) : ''
  const h1 = h1El ? collapse(h1El.text) : ''
  // "Headline | Site name" in <title>: the page's own <h1> is the cleaner headline.
  if (title === '' || (h1 !== '' && title.includes(h1))) title = h1
  // Prefer the page's declared main content when it has one.
  const main = root.querySelector('article') ?? root.querySelector('main') ?? root
  return { title: title === '' ? null : title, date: metaDate(root), text: renderBlocks(main) }
}

function metaDate(root: HTMLElement): string | null {
  for (const meta of root.querySelectorAll('meta')) {
    const key =
      (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.toLowerCase() ?? ''
    const content = meta.getAttribute('content')
    if (content && DATE_META.includes(key)) {
      const date = parseLooseDate(content)
      if (date) return date
    }
  }
  return null
}

/** Walk the tree iteratively (deeply nested pages must not overflow the stack). */
function renderBlocks(start: HTMLElement): string {
  const paragraphs: string[] = []
  let current = ''
  const flush = (): void => {
    const p = current.replace(/[ \t]*\n[ \t]*/g, '\n').trim()
    if (p !== '') paragraphs.push(p)
    current = ''
  }
  type Item = { node: Node; pre: boolean } | { close: string }
  const stack: Item[] = [{ node: start, pre: false }]
  while (stack.length > 0) {
    const item = stack.pop() as Item
    if ('close' in item) {
      if (item.close === 'block') flush()
      else if (item.close === 'cell') current += '\t'
      continue
    }
    const { node, pre } = item
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.text // entities decoded
      current += pre ? text : text.replace(/\s+/g, ' ')
      continue
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) continue
    const el = node as HTMLElement
    const tag = (el.rawTagName ?? '').toLowerCase()
    const hidden = el.getAttribute('hidden') !== undefined || el.getAttribute('aria-hidden') === 'true'
    if (DROPPED.has(tag) || hidden) {
      if (node !== start) continue
    }
    if (tag === 'br') {
      current += '\n'
      continue
    }
    if (tag === 'img') {
      const alt = el.getAttribute('alt')
      if (alt) current += ` ${alt} `
      continue
    }
    const isBlock = BLOCKS.has(tag)
    if (isBlock) flush()
    stack.push({ close: isBlock ? 'block' : CELLS.has(tag) ? 'cell' : 'inline' })
    const childPre = pre || tag === 'pre'
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push({ node: el.childNodes[i], pre: childPre })
  }
  flush()
  return paragraphs.map((p) => p.replace(/ {2,}/g, ' ').replace(/\t+$/gm, '')).join('\n\n')
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
