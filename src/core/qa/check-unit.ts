/**
 * The checks of one unit (pure): which term-base terms its source holds, and for each concept whether the
 * target holds a usable equivalent (`missing`), a forbidden or deprecated one (`forbidden`, `deprecated`), a
 * forbidden source term the author used (`forbidden`, side source), and whether the source's numbers are in
 * the target (`number`). A unit whose source holds no term is never flagged for a term. What each concept was
 * rendered with is returned for the file-wide `inconsistent` check (consistency.ts).
 */
import type { QaFinding } from '../../shared/api/qa'
import { detectLanguage } from '../../shared/script'
import type { QaCheck } from '../../shared/vocabulary'
import type { BilingualUnit } from '../exchange/bilingual-model'
import { maskPlaceholders } from '../exchange/inline-codes'
import { longestFirst, type TermEntry, type TermMatch } from '../memory/term-recognition'
import type { Segmenter } from '../text/segmenter'
import { acronymPresent, looselyPresent } from './loose-english'
import { missingNumbers } from './numbers-compare'
import { isUsable, type QaLang, qaLang, type QaTermIndex } from './qa-terms'
import { groupBySpan, sourceHits, targetHits, targetWords } from './term-hits'

export interface CheckContext {
  index: QaTermIndex
  checks: ReadonlySet<QaCheck>
  segmenter?: Segmenter
}

export type UnitStatus = 'checked' | 'untranslated' | 'skipped' | 'empty'

/** How one concept of the source was rendered: the usable equivalents the target holds. */
export interface Rendering {
  conceptId: number
  /** The source term (term base text) and where it stands. */
  term: string
  sourceSpan: [number, number]
  used: { termId: number; text: string; status: string; span: [number, number] }[]
}

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
  const { index, checks } = ctx
  const add = (f: Omit<QaFinding, 'key' | 'unit' | 'line' | 'source' | 'target' | 'dismissed'>): void => {
    result.findings.push({
      key: findingKey(unit.id, f.check, f.term, f.found),
      unit: unit.id,
      line: unit.line,
      source: unit.source,
      target: unit.target ?? '',
      dismissed: false,
      ...f
    })
  }

  if (srcLang && index.size[srcLang] > 0) {
    const groups = groupBySpan(sourceHits(source, srcLang, index, ctx.segmenter))
    result.hasTerms = groups.length > 0
    const canTarget = tgtLang !== null && tgtLang !== srcLang && index.size[tgtLang] > 0
    const inTarget = canTarget ? targetHits(target, tgtLang, index) : new Map<number, TermMatch[]>()
    const standsAsWord = canTarget ? targetWords(target, tgtLang, ctx.segmenter) : () => false
    const done = new Set<string>()
    const occurrences = new Map<string, number>()
    for (const g of groups) {
      const k = [...new Set(g.map((h) => h.conceptId))].join(',')
      occurrences.set(k, (occurrences.get(k) ?? 0) + 1)
    }
    for (const group of groups) {
      const span: [number, number] = [group[0].start, group[0].end]
      const term = index.termText(group[0].termId) ?? group[0].term
      // The author's own wording: a forbidden source-language term.
      for (const hit of group) {
        if (hit.status !== 'forbidden' || !checks.has('forbidden') || done.has(`s${hit.termId}`)) continue
        done.add(`s${hit.termId}`)
        const better = index.termsOf(hit.conceptId, srcLang).filter((t) => isUsable(t.status))
        add({
          check: 'forbidden',
          conceptId: hit.conceptId,
          term: index.termText(hit.termId) ?? hit.term,
          expected: better.map((t) => t.text).join(' | '),
          found: hit.surface,
          sourceSpan: span,
          targetSpan: null,
          side: 'source'
        })
      }
      if (!canTarget) continue
      const concepts = [...new Set(group.map((h) => h.conceptId))]
      const groupKey = concepts.join(',')
      if (done.has(groupKey)) continue
      done.add(groupKey)
      const expected: TermEntry[] = []
      let satisfied = false
      let flaggedBad = false
      let usedCount = 0
      let firstUsed: TermMatch | null = null
      for (const conceptId of concepts) {
        const usable = index.termsOf(conceptId, tgtLang).filter((t) => isUsable(t.status))
        expected.push(...usable)
        const hits = inTarget.get(conceptId) ?? []
        if (hits.some((h) => isUsable(h.status))) satisfied = true
        // Overlaps within the concept's own terms: the longest counts (一带一路倡议 over 一带一路).
        const kept = longestFirst(hits)
        const used = kept.filter((h) => isUsable(h.status))
        usedCount += used.length
        firstUsed ??= used[0] ?? null
        if (used.length > 0) {
          result.renderings.push({
            conceptId,
            term,
            sourceSpan: span,
            used: used.map((h) => ({
              termId: h.termId,
              text: index.termText(h.termId) ?? h.term,
              status: h.status,
              span: [h.start, h.end]
            }))
          })
        }
        const seen = new Set<number>()
        for (const bad of kept) {
          const check = bad.status === 'forbidden' ? 'forbidden' : bad.status === 'deprecated' ? 'deprecated' : null
          if (!check || seen.has(bad.termId) || !standsAsWord(bad)) continue
          seen.add(bad.termId)
          flaggedBad = true
          if (!checks.has(check)) continue
          add({
            check,
            conceptId,
            term,
            expected: usable.map((t) => t.text).join(' | '),
            found: bad.surface,
            sourceSpan: span,
            targetSpan: [bad.start, bad.end],
            side: 'target'
          })
        }
      }
      // The term twice in the source, its rendering once in the target: one occurrence was rendered otherwise.
      const times = occurrences.get(groupKey) ?? 1
      const short = satisfied && firstUsed !== null && usedCount < times
      // An English target may say the term in other words of the same stems (conserve energy), or by its
      // acronym (SOEs).
      if (!satisfied && tgtLang === 'en') {
        satisfied = expected.some((t) => looselyPresent(t.text, target) || acronymPresent(t.text, target))
      }
      if ((!satisfied || short) && !flaggedBad && expected.length > 0 && checks.has('missing')) {
        add({
          check: 'missing',
          conceptId: expected[0].conceptId,
          term,
          expected: [...new Set(expected.map((t) => t.text))].join(' | '),
          found: short && firstUsed ? `${firstUsed.surface} (${usedCount}/${times})` : '',
          sourceSpan: span,
          targetSpan: short && firstUsed ? [firstUsed.start, firstUsed.end] : null,
          side: 'target'
        })
      }
    }
  }

  if (checks.has('number')) {
    for (const m of missingNumbers(source, target, srcLang ?? 'en', tgtLang ?? 'en')) {
      add({
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
  return result
}
