/**
 * The printable glossary (issue #15 §4): one self-contained HTML page (styles inline, no script, no
 * fonts or images fetched) that a person reads on screen and prints — from a browser, or to PDF through
 * the platform's print (Electron printToPDF, Chromium's page.pdf). One section per domain (each starting
 * a new printed page) or one list; head term — Chinese — status — definition — example, in alphabetical
 * order of the head term or by the pinyin of the Chinese. Headings are bilingual (the glossary is).
 *
 * Chinese is set in a Chinese face through a font stack that covers the platforms (Noto Sans CJK SC /
 * Source Han Sans on Linux, PingFang SC on macOS, Microsoft YaHei on Windows), marked `lang="zh-CN"` so
 * browsers pick Simplified Chinese glyphs and punctuation.
 */
import { type GlossaryEntry, glossaryEntry, type GlossaryOrder, sortGlossary } from './glossary-view'
import type { ExchangeConcept, TermStatus } from './model'

export interface GlossaryHtmlOptions {
  title?: string
  /** One section per domain (default) or one list. */
  groupBy?: 'domain' | 'none'
  order?: GlossaryOrder
  /** When it was made, as shown under the title (ISO date). */
  date?: string
}

const STATUS_LABEL: Record<TermStatus, string> = {
  preferred: 'preferred · 首选',
  admitted: 'admitted · 许可',
  deprecated: 'deprecated · 不推荐',
  forbidden: 'forbidden · 禁用'
}

const NO_DOMAIN = 'No domain · 未分领域'

const LATIN = '"Segoe UI", "Helvetica Neue", Helvetica, Arial'
const CJK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "Hiragino Sans GB", "WenQuanYi Micro Hei"'

const CSS = `
*{box-sizing:border-box}
html{font-family:${LATIN},${CJK},sans-serif;font-size:10.5pt;line-height:1.45;color:#1b1f24;background:#fff}
:lang(zh),.zh{font-family:${CJK},${LATIN},sans-serif}
body{margin:0 auto;max-width:1100px;padding:24px}
header{border-bottom:2px solid #2b4a6f;margin-bottom:12px}
h1{font-size:20pt;margin:0 0 4px;color:#2b4a6f}
.meta{color:#5a6570;margin:0 0 8px;font-size:9.5pt}
nav{font-size:9.5pt;margin:0 0 16px;color:#5a6570}
nav a{color:#2b4a6f;text-decoration:none;margin-right:12px}
h2{font-size:14pt;color:#2b4a6f;margin:20px 0 6px;border-bottom:1px solid #c9d3dd;padding-bottom:2px}
table{width:100%;border-collapse:collapse;table-layout:fixed}
thead th{text-align:left;font-size:9pt;color:#39465a;background:#e8eef4;border-bottom:1px solid #8899aa;padding:4px 6px}
td{vertical-align:top;padding:5px 6px;border-bottom:1px solid #dde3ea;overflow-wrap:anywhere}
col.c-term{width:20%}col.c-zh{width:15%}col.c-status{width:11%}col.c-def{width:27%}col.c-ex{width:27%}
.term{font-weight:600}
.zh .term{font-weight:600;font-size:11.5pt}
.also,.avoid{font-size:9pt;color:#5a6570;margin-top:2px}
.avoid{color:#8a3b2e}
.avoid s{text-decoration-color:#8a3b2e}
.status{display:inline-block;font-size:8.5pt;border-radius:3px;padding:0 4px;white-space:nowrap}
.status-preferred{background:#e3f1e6;color:#1f5b2c}
.status-admitted{background:#eef1f5;color:#39465a}
.status-deprecated{background:#fbeee0;color:#7a4a12}
.status-forbidden{background:#f8e1de;color:#8a2318}
.ex-zh{color:#39465a;margin-top:2px}
.note{font-size:9pt;color:#5a6570;margin-top:4px}
footer{margin-top:16px;font-size:8.5pt;color:#8a949e}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
  body{max-width:none;padding:0}
  nav{display:none}
  section.domain+section.domain{break-before:page}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  h2{break-after:avoid}
  a{color:inherit}
}
`

export function* serializeGlossaryHtml(
  concepts: Iterable<ExchangeConcept>,
  options: GlossaryHtmlOptions = {}
): Generator<string> {
  const title = options.title ?? 'Glossary · 术语表'
  const order = options.order ?? 'alphabetical'
  const entries: GlossaryEntry[] = []
  for (const c of concepts) {
    const e = glossaryEntry(c)
    if (e.head) entries.push(e)
  }
  const groups = new Map<string, GlossaryEntry[]>()
  if (options.groupBy === 'none') groups.set('', entries)
  else {
    for (const e of entries) {
      const key = e.domain.trim()
      const list = groups.get(key)
      if (list) list.push(e)
      else groups.set(key, [e])
    }
  }
  const names = [...groups.keys()].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'en', { sensitivity: 'base' })
  )
  const grouped = options.groupBy !== 'none'
  const orderText = order === 'pinyin' ? 'ordered by pinyin · 按拼音排序' : 'alphabetical · 按英文字母排序'
  yield (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta name="generator" content="Shuyu">\n<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n` +
    `<header><h1>${esc(title)}</h1><p class="meta">${entries.length} ${entries.length === 1 ? 'concept' : 'concepts'} · ` +
    `${entries.length} 个概念 · ${orderText}${options.date ? ` · ${esc(options.date)}` : ''}</p></header>\n`
  )
  if (grouped && names.length > 1) {
    yield `<nav>${names.map((n, i) => `<a href="#d${i + 1}">${esc(n || NO_DOMAIN)}</a>`).join('')}</nav>\n`
  }
  for (let i = 0; i < names.length; i++) {
    const name = names[i]
    const list = sortGlossary(groups.get(name) ?? [], order)
    let out = `<section class="domain" id="d${i + 1}">\n`
    if (grouped) out += `<h2>${esc(name || NO_DOMAIN)}</h2>\n`
    out +=
      '<table>\n<colgroup><col class="c-term"><col class="c-zh"><col class="c-status"><col class="c-def"><col class="c-ex"></colgroup>\n' +
      '<thead><tr><th>Term · 术语</th><th>Chinese · 中文</th><th>Status · 状态</th>' +
      '<th>Definition · 定义</th><th>Example · 例句</th></tr></thead>\n<tbody>\n'
    yield out
    for (const e of list) yield row(e)
    yield '</tbody>\n</table>\n</section>\n'
  }
  yield '<footer>Shuyu · 术语</footer>\n</body>\n</html>\n'
}

function row(e: GlossaryEntry): string {
  const also = (terms: string[], zh: boolean): string =>
    terms.length
      ? `<div class="also"${zh ? ' lang="zh-CN"' : ''}>${zh ? '又作 ' : 'also '}${terms.map(esc).join(zh ? '；' : '; ')}</div>`
      : ''
  const avoid = e.avoid.length
    ? `<div class="avoid">avoid · 避免: ${e.avoid.map((a) => `<s>${esc(a.text)}</s>`).join('; ')}</div>`
    : ''
  const note = e.note ? `<div class="note">${esc(e.note)}</div>` : ''
  const exZh = e.exampleZh ? `<div class="ex-zh" lang="zh-CN">${esc(e.exampleZh)}</div>` : ''
  return (
    `<tr><td><div class="term">${esc(e.head)}</div>${also(e.otherEnglish, false)}${avoid}</td>` +
    `<td class="zh" lang="zh-CN"><div class="term">${esc(e.chinese)}</div>${also(e.otherChinese, true)}</td>` +
    `<td><span class="status status-${e.status}">${STATUS_LABEL[e.status]}</span></td>` +
    `<td>${esc(e.definition)}${note}</td>` +
    `<td>${esc(e.example)}${exZh}</td></tr>\n`
  )
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
