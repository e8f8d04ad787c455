import type { QaFinding } from '../../../../shared/api/qa'
import { QA_CHECKS, type QaCheck } from '../../../../shared/vocabulary'

export interface FindingFilter {
  check: QaCheck | 'all'
  /** Matches the term, what was expected or found, the unit id, or the source or target text. */
  text: string
  showDismissed: boolean
}

export const noFilter: FindingFilter = { check: 'all', text: '', showDismissed: false }

export function filterFindings(findings: readonly QaFinding[], filter: FindingFilter): QaFinding[] {
  const needle = filter.text.trim().toLowerCase()
  return findings.filter(
    (f) =>
      (filter.showDismissed || !f.dismissed) &&
      (filter.check === 'all' || f.check === filter.check) &&
      (needle === '' ||
        [f.term, f.expected, f.found, f.unit, f.source, f.target].some((s) => s.toLowerCase().includes(needle)))
  )
}

/** The findings of one term under one check: "food security → 粮食安全", in file order. */
export interface TermGroup {
  key: string
  term: string
  expected: string
  conceptId: number | null
  findings: QaFinding[]
}

export interface CheckSection {
  check: QaCheck
  count: number
  groups: TermGroup[]
}

/** Sections by check (in the checks' order), and in each the terms with the most findings first. */
export function groupFindings(findings: readonly QaFinding[]): CheckSection[] {
  const sections: CheckSection[] = []
  for (const check of QA_CHECKS) {
    const byTerm = new Map<string, TermGroup>()
    for (const f of findings) {
      if (f.check !== check) continue
      const key = `${check}\u001f${f.term}\u001f${f.expected}`
      let group = byTerm.get(key)
      if (!group) {
        group = { key, term: f.term, expected: f.expected, conceptId: f.conceptId, findings: [] }
        byTerm.set(key, group)
      }
      group.findings.push(f)
    }
    if (byTerm.size === 0) continue
    const groups = [...byTerm.values()].sort((a, b) => b.findings.length - a.findings.length)
    sections.push({ check, count: groups.reduce((n, g) => n + g.findings.length, 0), groups })
  }
  return sections
}

/** Inline codes as the readers write them ({1}, {/1}), shown as small marks rather than as text. */
export const PLACEHOLDER = /\{\/?\d{1,4}\}/g

/** A text cut into plain parts, codes and the marked span, for display. */
export function textParts(
  text: string,
  span: [number, number] | null
): { text: string; kind: 'plain' | 'code' | 'mark' }[] {
  const out: { text: string; kind: 'plain' | 'code' | 'mark' }[] = []
  const pushPlain = (s: string, marked: boolean) => {
    let last = 0
    for (const m of s.matchAll(PLACEHOLDER)) {
      if (m.index > last) out.push({ text: s.slice(last, m.index), kind: marked ? 'mark' : 'plain' })
      out.push({ text: m[0], kind: 'code' })
      last = m.index + m[0].length
    }
    if (last < s.length) out.push({ text: s.slice(last), kind: marked ? 'mark' : 'plain' })
  }
  if (!span || span[0] >= span[1] || span[1] > text.length) {
    pushPlain(text, false)
    return out
  }
  pushPlain(text.slice(0, span[0]), false)
  pushPlain(text.slice(span[0], span[1]), true)
  pushPlain(text.slice(span[1]), false)
  return out
}
