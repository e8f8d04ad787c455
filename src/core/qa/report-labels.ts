/** Headings of the exported QA report, in the two UI languages (the report is a file, not the UI). */
import type { QaCheck } from '../../shared/vocabulary'

export type ReportLang = 'en' | 'zh-CN'

export interface ReportLabels {
  title: string
  file: string
  languages: string
  summary: (checked: number, units: number, findings: number) => string
  columns: {
    unit: string
    line: string
    check: string
    term: string
    expected: string
    found: string
    source: string
    target: string
    dismissed: string
  }
  checks: Record<QaCheck, string>
  sourceSide: string
  none: string
  yes: string
}

export const REPORT_LABELS: Record<ReportLang, ReportLabels> = {
  en: {
    title: 'Terminology QA report',
    file: 'File',
    languages: 'Languages',
    summary: (checked, units, findings) => `${checked} of ${units} units checked, ${findings} findings`,
    columns: {
      unit: 'Unit',
      line: 'Line',
      check: 'Check',
      term: 'Term',
      expected: 'Expected',
      found: 'Found',
      source: 'Source',
      target: 'Target',
      dismissed: 'Not an error'
    },
    checks: {
      missing: 'Missing term',
      forbidden: 'Forbidden term',
      deprecated: 'Deprecated term',
      inconsistent: 'Inconsistent rendering',
      number: 'Number mismatch'
    },
    sourceSide: 'in the source',
    none: '(none)',
    yes: 'yes'
  },
  'zh-CN': {
    title: '术语质量检查报告',
    file: '文件',
    languages: '语言',
    summary: (checked, units, findings) => `共 ${units} 个句段，检查 ${checked} 个，发现 ${findings} 个问题`,
    columns: {
      unit: '句段',
      line: '行',
      check: '检查项',
      term: '术语',
      expected: '应为',
      found: '实际',
      source: '原文',
      target: '译文',
      dismissed: '非错误'
    },
    checks: {
      missing: '术语缺失',
      forbidden: '禁用术语',
      deprecated: '不推荐术语',
      inconsistent: '译法不一致',
      number: '数字不符'
    },
    sourceSide: '（原文）',
    none: '（无）',
    yes: '是'
  }
}
