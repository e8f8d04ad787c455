import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { FindingCard } from '../../../src/renderer/src/screens/qa/finding-card'
import { filterFindings, groupFindings, noFilter, textParts } from '../../../src/renderer/src/screens/qa/group-findings'
import { withDismissed } from '../../../src/renderer/src/screens/qa/report-state'
import type { QaFinding, QaReport } from '../../../src/shared/api/qa'

function finding(over: Partial<QaFinding>): QaFinding {
  return {
    key: over.unit ?? 'k',
    unit: 'u1',
    line: 3,
    check: 'missing',
    conceptId: 7,
    term: 'food security',
    expected: '粮食安全',
    found: '',
    source: 'Ensure food security.',
    target: '确保粮源。',
    sourceSpan: [7, 20],
    targetSpan: null,
    side: 'target',
    dismissed: false,
    ...over
  }
}

const findings = [
  finding({ unit: 'u1' }),
  finding({ unit: 'u2', check: 'forbidden', found: '食品安全', target: '确保食品安全。', targetSpan: [2, 6] }),
  finding({ unit: 'u3' }),
  finding({ unit: 'u4', term: 'rural revitalization', expected: '乡村振兴', dismissed: true })
]

describe('QA findings: grouping and filtering', () => {
  it('groups by check in the checks’ order, then by term, the most frequent term first', () => {
    const sections = groupFindings(filterFindings(findings, noFilter))
    expect(sections.map((s) => [s.check, s.count, s.groups.map((g) => [g.term, g.findings.length])])).toEqual([
      ['missing', 2, [['food security', 2]]],
      ['forbidden', 1, [['food security', 1]]]
    ])
  })

  it('filters by check and by text, and shows dismissed findings only when asked', () => {
    expect(filterFindings(findings, { ...noFilter, check: 'forbidden' }).map((f) => f.unit)).toEqual(['u2'])
    expect(filterFindings(findings, { ...noFilter, text: '食品' }).map((f) => f.unit)).toEqual(['u2'])
    expect(filterFindings(findings, { ...noFilter, showDismissed: true }).map((f) => f.unit)).toContain('u4')
  })

  it('cuts a text into plain parts, inline codes and the marked span', () => {
    expect(textParts('推动{1}高质量发展{/1}。', [2, 14])).toEqual([
      { text: '推动', kind: 'plain' },
      { text: '{1}', kind: 'code' },
      { text: '高质量发展', kind: 'mark' },
      { text: '{/1}', kind: 'code' },
      { text: '。', kind: 'plain' }
    ])
  })

  it('a dismissal moves the finding out of its check’s count', () => {
    const report = { findings, counts: { missing: 2, forbidden: 1 }, dismissed: 1 } as unknown as QaReport
    const next = withDismissed(report, 'u2', true)
    expect(next.counts.forbidden).toBe(0)
    expect(next.dismissed).toBe(2)
    expect(withDismissed(next, 'u2', false).counts.forbidden).toBe(1)
  })
})

describe('FindingCard', () => {
  beforeAll(async () => {
    await initI18n('en')
  })

  it('shows unit and line, what was found highlighted in the target, and its actions, in both languages', async () => {
    const card = () =>
      renderToStaticMarkup(<FindingCard finding={findings[1]} srcLang="en" tgtLang="zh-CN" onDismiss={() => {}} />)
    const en = card()
    expect(en).toContain('Unit u2 · line 3')
    expect(en).toContain('<mark>食品安全</mark>')
    expect(en).toContain('<mark>food security</mark>')
    expect(en).toContain('Open concept')
    expect(en).toContain('Not an error')
    const i18n = await initI18n('zh-CN')
    await i18n.changeLanguage('zh-CN')
    const zh = card()
    expect(zh).toContain('句段 u2 · 第 3 行')
    expect(zh).toContain('打开概念')
    expect(zh).toContain('非错误')
    await i18n.changeLanguage('en')
  })
})
