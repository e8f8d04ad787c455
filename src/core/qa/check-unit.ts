/**
 * The checks of one unit (pure): whether it is checked at all (translated, to be translated, with text), its
 * languages, the term checks (check-terms.ts) and the `number` check (numbers-compare.ts).
 */
import type { QaFinding } from '../../shared/api/qa'
import { detectLanguage } from '../../shared/script'
import type { QaCheck } from '../../shared/vocabulary'
import type { BilingualUnit } from '../exchange/bilingual-model'
import { maskPlaceholders } from '../exchange/inline-codes'
import { type FindingDraft, type Rendering, type TermContext, termFindings } from './check-terms'
import { missingNumbers } from './numbers-compare'
import { type QaLang, qaLang } from './qa-terms'

export type CheckContext = TermContext
export type { Rendering }

export type UnitStatus = 'checked' | 'untranslated' | 'skipped' | 'empty'

export interface UnitOutcome {
  status: UnitStatus
  findings: QaFinding[]
  hasTerms: boolean
  renderings: Rendering[]
  srcLang: QaLang | null
  tgtLang: QaLang | null
}

const HAS_TEXT = /[\p{L}\p{N}]/u

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim()

/** The unit's languages: from the file's tags, else (no tag) from the text; null for a language not en/zh. */
function langOf(tag: string, text: string): QaLang | null {
  return tag ? qaLang(tag) : detectLanguage(text)
}

export function findingKey(unit: string, check: QaCheck, term: string, found: string): string {
  return [unit, check, term, found].join('\u001f')
}

export function checkUnit(unit: BilingualUnit, ctx: CheckContext): UnitOutcome {
  const outcome = (status: UnitStatus, src: QaLang | null = null, tgt: QaLang | null = null): UnitOutcome => ({
    status,
    findings: [],
    hasTerms: false,
    renderings: [],
    srcLang: src,
    tgtLang: tgt
  })
  if (!unit.translate) return outcome('skipped')
  const source = maskPlaceholders(unit.source)
  if (!HAS_TEXT.test(source)) return outcome('empty')
  const target = unit.target === null ? '' : maskPlaceholders(unit.target)
  // No target, an empty one, or a copy of the source: not translated yet, nothing to check.
  if (!HAS_TEXT.test(target) || (sameText(source, target) && /\p{L}/u.test(source))) return outcome('untranslated')

  const srcLang = langOf(unit.srcLang, source)
  const tgtLang = langOf(unit.tgtLang, target)
  const result = outcome('checked', srcLang, tgtLang)
  const drafts: FindingDraft[] = []
  if (srcLang && ctx.index.size[srcLang] > 0) {
    const terms = termFindings({ source, target, srcLang, tgtLang }, ctx)
    drafts.push(...terms.findings)
    result.renderings = terms.renderings
    result.hasTerms = terms.hasTerms
  }
  if (ctx.checks.has('number')) {
    for (const m of missingNumbers(source, target, srcLang ?? 'en', tgtLang ?? 'en')) {
      drafts.push({
        check: 'number',
        conceptId: null,
        term: m.text,
        expected: m.text,
        found: '',
        sourceSpan: [m.start, m.end],
        targetSpan: null,
        side: 'target'
      })
    }
  }
  result.findings = drafts.map((f) => ({
    key: findingKey(unit.id, f.check, f.term, f.found),
    unit: unit.id,
    line: unit.line,
    source: unit.source,
    target: unit.target ?? '',
    dismissed: false,
    ...f
  }))
  return result
}
