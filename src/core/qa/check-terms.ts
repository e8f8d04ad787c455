/**
 * The term checks of one translated unit (pure): which term-base terms its source holds, and for each concept
 * whether the target holds a usable equivalent (`missing`), a forbidden or deprecated one (`forbidden`,
 * `deprecated`), and whether the author used a forbidden source term (`forbidden`, side source). A unit whose
 * source holds no term gets no finding here. What each concept was rendered with is returned for the file-wide
 * `inconsistent` check (consistency.ts).
 */
import type { QaFinding } from '../../shared/api/qa'
import type { QaCheck } from '../../shared/vocabulary'
import { longestFirst, type TermEntry, type TermMatch } from '../memory/term-recognition'
import type { Segmenter } from '../text/segmenter'
import { acronymPresent, looselyPresent } from './loose-english'
import { isUsable, type QaLang, type QaTermIndex } from './qa-terms'
import { groupBySpan, sourceHits, targetHits, targetWords } from './term-hits'

/** A finding before it is tied to its unit. */
export type FindingDraft = Omit<QaFinding, 'key' | 'unit' | 'line' | 'source' | 'target' | 'dismissed'>

/** How one concept of the source was rendered: the usable equivalents the target holds. */
export interface Rendering {
  conceptId: number
  /** The source term (term base text) and where it stands. */
  term: string
  sourceSpan: [number, number]
  used: { termId: number; text: string; status: string; span: [number, number] }[]
}

export interface TermContext {
  index: QaTermIndex
  checks: ReadonlySet<QaCheck>
  segmenter?: Segmenter
}

interface Sides {
  source: string
  target: string
  srcLang: QaLang
  /** null: the target's language is one the term base cannot check. */
  tgtLang: QaLang | null
}

export function termFindings(
  sides: Sides,
  ctx: TermContext
): { findings: FindingDraft[]; renderings: Rendering[]; hasTerms: boolean } {
  const { index } = ctx
  const findings: FindingDraft[] = []
  const renderings: Rendering[] = []
  const groups = groupBySpan(sourceHits(sides.source, sides.srcLang, index, ctx.segmenter))
  const tgtLang =
    sides.tgtLang !== sides.srcLang && sides.tgtLang && index.size[sides.tgtLang] > 0 ? sides.tgtLang : null
  const target = tgtLang
    ? {
        lang: tgtLang,
        text: sides.target,
        hits: targetHits(sides.target, tgtLang, index),
        standsAsWord: targetWords(sides.target, tgtLang, ctx.segmenter)
      }
    : null
  // How often each concept (or set of homographs) occurs in the source.
  const occurrences = new Map<string, number>()
  for (const g of groups) occurrences.set(conceptsKey(g), (occurrences.get(conceptsKey(g)) ?? 0) + 1)
  const done = new Set<string>()
  for (const group of groups) {
    findings.push(...forbiddenSource(group, sides.srcLang, ctx, done))
    const key = conceptsKey(group)
    if (!target || done.has(key)) continue
    done.add(key)
    const out = checkConcepts(group, target, occurrences.get(key) ?? 1, ctx)
    findings.push(...out.findings)
    renderings.push(...out.renderings)
  }
  return { findings, renderings, hasTerms: groups.length > 0 }
}

const conceptsKey = (group: readonly TermMatch[]): string => [...new Set(group.map((h) => h.conceptId))].join(',')

/** The author's own wording: a forbidden source-language term, once per term and unit. */
function forbiddenSource(group: TermMatch[], srcLang: QaLang, ctx: TermContext, done: Set<string>): FindingDraft[] {
  const out: FindingDraft[] = []
  for (const hit of group) {
    if (hit.status !== 'forbidden' || !ctx.checks.has('forbidden') || done.has(`s${hit.termId}`)) continue
    done.add(`s${hit.termId}`)
    const better = ctx.index.termsOf(hit.conceptId, srcLang).filter((t) => isUsable(t.status))
    out.push({
      check: 'forbidden',
      conceptId: hit.conceptId,
      term: ctx.index.termText(hit.termId) ?? hit.term,
      expected: better.map((t) => t.text).join(' | '),
      found: hit.surface,
      sourceSpan: [hit.start, hit.end],
      targetSpan: null,
      side: 'source'
    })
  }
  return out
}

interface TargetSide {
  lang: QaLang
  text: string
  hits: Map<number, TermMatch[]>
  standsAsWord: (m: TermMatch) => boolean
}

/** The target's renderings of the concepts at one place of the source (several: homographs). */
function checkConcepts(
  group: TermMatch[],
  target: TargetSide,
  times: number,
  ctx: TermContext
): { findings: FindingDraft[]; renderings: Rendering[] } {
  const { index, checks } = ctx
  const findings: FindingDraft[] = []
  const renderings: Rendering[] = []
  const span: [number, number] = [group[0].start, group[0].end]
  const term = index.termText(group[0].termId) ?? group[0].term
  const expected: TermEntry[] = []
  let satisfied = false
  let flaggedBad = false
  let usedCount = 0
  let firstUsed: TermMatch | null = null
  for (const conceptId of new Set(group.map((h) => h.conceptId))) {
    const usable = index.termsOf(conceptId, target.lang).filter((t) => isUsable(t.status))
    expected.push(...usable)
    const hits = target.hits.get(conceptId) ?? []
    if (hits.some((h) => isUsable(h.status))) satisfied = true
    // Overlaps within the concept's own terms: the longest counts (一带一路倡议 over 一带一路).
    const kept = longestFirst(hits)
    const used = kept.filter((h) => isUsable(h.status))
    usedCount += used.length
    firstUsed ??= used[0] ?? null
    if (used.length > 0) {
      renderings.push({
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
      if (!check || seen.has(bad.termId) || !target.standsAsWord(bad)) continue
      seen.add(bad.termId)
      flaggedBad = true
      if (!checks.has(check)) continue
      findings.push({
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
  const short = satisfied && firstUsed !== null && usedCount < times
  // An English target may say the term in other words of the same stems (conserve energy), or by its acronym.
  if (!satisfied && target.lang === 'en') {
    satisfied = expected.some((t) => looselyPresent(t.text, target.text) || acronymPresent(t.text, target.text))
  }
  if ((!satisfied || short) && !flaggedBad && expected.length > 0 && checks.has('missing')) {
    findings.push({
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
  return { findings, renderings }
}
