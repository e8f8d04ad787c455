/**
 * A QA run over one file (pure): units go in one at a time, in file order (memory does not grow with the
 * file, only with the findings kept); then, when some concept was rendered in more than one way, the units
 * named by secondPass() go in again for the `inconsistent` check. The caller reads the file (twice at most).
 */
import type { QaFinding, QaNotice } from '../../shared/api/qa'
import { DEFAULT_QA_CHECKS, QA_CHECKS, type QaCheck } from '../../shared/vocabulary'
import type { BilingualUnit } from '../exchange/bilingual-model'
import type { Segmenter } from '../text/segmenter'
import { type CheckContext, checkUnit, findingKey } from './check-unit'
import { type Deviation, RenderingTally } from './consistency'
import { type QaLang, qaLang, type QaTermIndex } from './qa-terms'

export interface QaSessionOptions {
  /** Default: the term checks (DEFAULT_QA_CHECKS). */
  checks?: readonly QaCheck[]
  segmenter?: Segmenter
  /** Findings kept for the report; more are counted, not kept. */
  limit?: number
  /** Findings marked "not an error" for this file: kept (marked) but not counted. */
  isDismissed?: (finding: QaFinding) => boolean
}

export interface QaResult {
  srcLang: string
  tgtLang: string
  checks: QaCheck[]
  units: number
  checked: number
  untranslated: number
  skipped: number
  empty: number
  withTerms: number
  counts: Record<QaCheck, number>
  dismissed: number
  findings: QaFinding[]
  truncated: boolean
  notices: QaNotice[]
}

/**
 * A copy of the text that holds nothing else. The readers' strings are slices of the 1 MiB chunks the file was
 * read in, and a kept slice keeps its whole chunk: 50,000 findings of a 200 MB file kept most of the file.
 */
function detach(s: string): string {
  return s.length === 0 ? s : (' ' + s).slice(1)
}

function detached(f: QaFinding): QaFinding {
  return {
    ...f,
    key: detach(f.key),
    unit: detach(f.unit),
    term: detach(f.term),
    expected: detach(f.expected),
    found: detach(f.found),
    source: detach(f.source),
    target: detach(f.target)
  }
}

const CHECK_ORDER = new Map(QA_CHECKS.map((c, i) => [c, i]))
export const DEFAULT_LIMIT = 50_000

export class QaSession {
  private readonly ctx: CheckContext
  private readonly limit: number
  private readonly kept: { ordinal: number; finding: QaFinding }[] = []
  private readonly counts = Object.fromEntries(QA_CHECKS.map((c) => [c, 0])) as Record<QaCheck, number>
  private readonly stats = { units: 0, checked: 0, untranslated: 0, skipped: 0, empty: 0, withTerms: 0 }
  private readonly tally = new RenderingTally()
  private deviations = new Map<number, Deviation[]>()
  private ordinal = 0
  private dismissed = 0
  private truncated = false
  private srcTag = ''
  private tgtTag = ''
  private detected: { src: QaLang | null; tgt: QaLang | null } | null = null

  constructor(
    private readonly index: QaTermIndex,
    private readonly options: QaSessionOptions = {}
  ) {
    this.ctx = { index, checks: new Set(options.checks ?? DEFAULT_QA_CHECKS), segmenter: options.segmenter }
    this.limit = options.limit ?? DEFAULT_LIMIT
  }

  /** First pass: the next unit of the file. */
  add(unit: BilingualUnit): void {
    const ordinal = this.ordinal++
    this.stats.units++
    this.srcTag ||= unit.srcLang
    this.tgtTag ||= unit.tgtLang
    const outcome = checkUnit(unit, this.ctx)
    this.stats[outcome.status]++
    if (outcome.status === 'checked') this.detected ??= { src: outcome.srcLang, tgt: outcome.tgtLang }
    if (outcome.hasTerms) this.stats.withTerms++
    for (const f of outcome.findings) this.keep(ordinal, f)
    if (this.ctx.checks.has('inconsistent')) {
      for (const r of outcome.renderings) this.tally.record(ordinal, r.conceptId, r.used)
    }
  }

  /** After the first pass: the ordinals (0-based, file order) of the units to give again to addAgain. */
  secondPass(): Set<number> {
    this.deviations = this.ctx.checks.has('inconsistent') ? this.tally.deviations() : new Map()
    return new Set(this.deviations.keys())
  }

  /** Second pass: a unit named by secondPass(), with its ordinal. */
  addAgain(unit: BilingualUnit, ordinal: number): void {
    const deviations = this.deviations.get(ordinal)
    if (!deviations) return
    const outcome = checkUnit(unit, { ...this.ctx, checks: new Set() })
    const target = unit.target ?? ''
    for (const d of deviations) {
      const rendering = outcome.renderings.find((r) => r.conceptId === d.conceptId)
      if (!rendering || outcome.tgtLang === null) continue
      const norm = this.index.termsOf(d.conceptId, outcome.tgtLang).find((t) => t.termId === d.expectedTermId)
      const used = rendering.used[0]
      const found = target.slice(used.span[0], used.span[1])
      this.keep(ordinal, {
        key: findingKey(unit.id, 'inconsistent', rendering.term, found),
        unit: unit.id,
        line: unit.line,
        check: 'inconsistent',
        conceptId: d.conceptId,
        term: rendering.term,
        expected: norm?.text ?? '',
        found,
        source: unit.source,
        target,
        sourceSpan: rendering.sourceSpan,
        targetSpan: used.span,
        side: 'target',
        dismissed: false
      })
    }
  }

  result(): QaResult {
    const findings = this.kept
      .sort(
        (a, b) =>
          a.ordinal - b.ordinal ||
          (CHECK_ORDER.get(a.finding.check) ?? 0) - (CHECK_ORDER.get(b.finding.check) ?? 0) ||
          (a.finding.sourceSpan?.[0] ?? 0) - (b.finding.sourceSpan?.[0] ?? 0)
      )
      .map((k) => k.finding)
    return {
      srcLang: this.srcTag || (this.detected?.src ?? ''),
      tgtLang: this.tgtTag || (this.detected?.tgt ?? ''),
      checks: QA_CHECKS.filter((c) => this.ctx.checks.has(c)),
      ...this.stats,
      counts: { ...this.counts },
      dismissed: this.dismissed,
      findings,
      truncated: this.truncated,
      notices: this.notices()
    }
  }

  private keep(ordinal: number, found: QaFinding): void {
    const finding = detached(found)
    if (this.options.isDismissed?.(finding)) {
      finding.dismissed = true
      this.dismissed++
    } else this.counts[finding.check]++
    if (this.kept.length < this.limit) this.kept.push({ ordinal, finding })
    else this.truncated = true
  }

  private notices(): QaNotice[] {
    const out: QaNotice[] = []
    const note = (key: string, message: string, params: Record<string, string | number> = {}) =>
      out.push({ key, message, params })
    const s = this.stats
    if (s.units === 0) note('noUnits', 'The file holds no units to check.')
    else if (s.checked === 0 && s.untranslated > 0) {
      note('noTargets', `None of the ${s.untranslated} units has a translation yet: nothing was checked.`, {
        count: s.untranslated
      })
    }
    const size = this.index.size
    if (size.en + size.zh === 0) note('emptyTermBase', 'The term base is empty: only numbers were checked.')
    else {
      const tgt = this.tgtTag ? qaLang(this.tgtTag) : (this.detected?.tgt ?? null)
      const src = this.srcTag ? qaLang(this.srcTag) : (this.detected?.src ?? null)
      for (const [side, tag, lang] of [
        ['source', this.srcTag, src],
        ['target', this.tgtTag, tgt]
      ] as const) {
        if (s.checked === 0) break
        if (lang === null) {
          note(`${side}Language`, `The term base is English–Chinese; the ${side} language (${tag}) is neither.`, {
            lang: tag
          })
        } else if (size[lang] === 0) {
          note(`${side}NoTerms`, `The term base has no ${lang === 'en' ? 'English' : 'Chinese'} terms.`, { lang })
        }
      }
    }
    if (this.truncated) {
      note('truncated', `More than ${this.limit} findings: the report keeps the first ${this.limit}.`, {
        limit: this.limit
      })
    }
    return out
  }
}
