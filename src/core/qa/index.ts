/** Terminology QA (pure): a bilingual file's units checked against the term base. */
export { type CheckContext, checkUnit, findingKey, type UnitOutcome, type UnitStatus } from './check-unit'
export { chineseWords } from './chinese-words'
export { RenderingTally } from './consistency'
export { missingNumbers, parseChineseNumeral, sourceNumbers, targetValues, valueKey } from './numbers'
export { DEFAULT_LIMIT, type QaResult, QaSession, type QaSessionOptions } from './qa-session'
export { buildQaTermIndex, isUsable, type QaLang, qaLang, type QaTermIndex } from './qa-terms'
export { reportCsv, reportHtml } from './report-export'
export { REPORT_LABELS, type ReportLang } from './report-labels'
