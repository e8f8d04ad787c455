/**
 * The QA report as files: a CSV table (UTF-8 with BOM, one row per finding, cells guarded against formula
 * injection as in the glossary export) and a self-contained HTML page (inline styles, no script), with the
 * term and what was found highlighted in each unit's source and target.
 */
import type { QaFinding, QaReport } from '../../shared/api/qa'
import { csvCell } from '../exchange/csv-serialize'
import { escapeXmlAttr, escapeXmlText } from '../exchange/xml-escape'
import { REPORT_LABELS, type ReportLang } from './report-labels'

export function reportCsv(report: QaReport, findings: readonly QaFinding[], lang: ReportLang = 'en'): string {
  const L = REPORT_LABELS[lang]
  const c = L.columns
  const rows = [[c.unit, c.line, c.check, c.term, c.expected, c.found, c.source, c.target, c.dismissed]]
  for (const f of findings) {
    rows.push([
      f.unit,
      String(f.line),
      f.check,
      f.term,
      f.expected,
      f.found,
      f.source,
      f.target,
      f.dismissed ? L.yes : ''
    ])
  }
  return '\uFEFF' + rows.map((r) => r.map((cell) => csvCell(cell)).join(',')).join('\r\n') + '\r\n'
}

/** The text with [start, end) wrapped in <mark>, escaped. */
function marked(text: string, span: [number, number] | null): string {
  if (!span) return escapeXmlText(text)
  const [a, b] = span
  return `${escapeXmlText(text.slice(0, a))}<mark>${escapeXmlText(text.slice(a, b))}</mark>${escapeXmlText(text.slice(b))}`
}

const STYLE = `body{font:14px/1.5 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1f2328}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}th{background:#f6f8fa}
mark{background:#ffe08a;padding:0 .1em}.muted{color:#656d76}.dismissed{opacity:.55}`

export function reportHtml(report: QaReport, findings: readonly QaFinding[], lang: ReportLang = 'en'): string {
  const L = REPORT_LABELS[lang]
  const c = L.columns
  const shown = findings.filter((f) => !f.dismissed).length
  const sections: string[] = []
  for (const check of report.checks) {
    const list = findings.filter((f) => f.check === check)
    if (list.length === 0) continue
    const rows = list.map((f) => {
      const where = f.side === 'source' ? ` <span class="muted">${escapeXmlText(L.sourceSide)}</span>` : ''
      return (
        `<tr${f.dismissed ? ' class="dismissed"' : ''}><td>${escapeXmlText(f.unit)}<br><span class="muted">${f.line}</span></td>` +
        `<td>${escapeXmlText(f.term)}${where}</td><td>${escapeXmlText(f.expected || L.none)}</td>` +
        `<td>${escapeXmlText(f.found || L.none)}</td><td lang="${escapeXmlAttr(report.srcLang)}">${marked(f.source, f.sourceSpan)}</td>` +
        `<td lang="${escapeXmlAttr(report.tgtLang)}">${marked(f.target, f.targetSpan)}</td></tr>`
      )
    })
    sections.push(
      `<h2>${escapeXmlText(L.checks[check])} (${list.length})</h2>\n<table><thead><tr><th>${c.unit}</th><th>${c.term}</th>` +
        `<th>${c.expected}</th><th>${c.found}</th><th>${c.source}</th><th>${c.target}</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody></table>`
    )
  }
  return `<!DOCTYPE html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeXmlText(`${L.title} — ${report.file}`)}</title>
<style>${STYLE}</style></head><body>
<h1>${escapeXmlText(L.title)}</h1>
<p>${escapeXmlText(L.file)}: <strong>${escapeXmlText(report.file)}</strong> · ${escapeXmlText(L.languages)}: ${escapeXmlText(`${report.srcLang} → ${report.tgtLang}`)}</p>
<p>${escapeXmlText(L.summary(report.checked, report.units, shown))}</p>
${sections.join('\n')}
</body></html>
`
}
