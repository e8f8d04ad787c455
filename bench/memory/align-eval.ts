/**
 * Sentence alignment of whole real reports, scored against their published alignment
 * (npx tsx bench/memory/align-eval.ts [--data DIR] [--years 2008,2009]).
 *
 * DIR (default ../shared/eval/policy-gwr beside the repository, or /work/shared/eval/policy-gwr) holds
 * `align/gwr-YYYY.{en,zh}.txt`, each report laid out as a real document (paragraphs of several
 * sentences, headings on lines of their own), and `tmx/GRYYYY.tmx`, the published sentence alignment
 * of the same text. Each document goes through the importer's own steps (normalise, header, sentence
 * split), the paragraphs come from the line breaks between segments, as the main side computes them,
 * and the aligner runs on the pair.
 *
 * Scoring (the rule): a link is right when both its sides lie within one published unit, or
 * when it is made of whole published units on both sides (the same units on each side). Texts are
 * compared as streams of non-space characters, so the TMX's spacing does not matter (the eval files
 * hold exactly the TMX's characters). A link with one empty side is right only when its text lies
 * strictly inside one published unit (the rest of that unit carries the translation, as for a heading
 * the translation leaves out): a sentence that is a whole unit of its own was translated, and dropping
 * it is an error. Calibration: links below the review threshold, and how many of them are wrong, against
 * the links above it. Writes bench/results/memory-align-eval.json. Measuring only: nothing of the eval
 * data goes into the project.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'

import { type AlignmentLink, alignParallel, REVIEW_BELOW } from '../../src/core/memory/align'
import { parseDocumentHeader } from '../../src/core/text/document-header'
import { normalizeText } from '../../src/core/text/normalize'
import { splitSentences, type TextSpan } from '../../src/core/text/sentence-split'

const args = process.argv.slice(2)
const opt = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}
const root = resolve(__dirname, '..', '..')
const DATA =
  opt('data') ??
  [resolve(root, '..', 'shared', 'eval', 'policy-gwr'), resolve(root, '..', '..', 'shared', 'eval', 'policy-gwr')].find(
    (d) => existsSync(d)
  )
if (!DATA) throw new Error('no eval data: pass --data DIR')
const YEARS = (opt('years') ?? '2008,2009,2010,2011,2012,2013,2014').split(',')

interface Side {
  body: string
  segments: TextSpan[]
  /** Paragraph number of each segment: a line break between two segments starts a new paragraph. */
  paragraphs: number[]
}

function readSide(file: string, lang: 'en' | 'zh'): Side {
  const { body } = parseDocumentHeader(normalizeText(readFileSync(file, 'utf8')))
  const segments = splitSentences(body, lang)
  const paragraphs: number[] = []
  let p = 0
  segments.forEach((s, k) => {
    if (k > 0 && body.slice(segments[k - 1].end, s.start).includes('\n')) p++
    paragraphs.push(p)
  })
  return { body, segments, paragraphs }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const unescape = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m)
  )

/** The published units' English and Chinese segments, in order. */
function readTmx(file: string): { en: string; zh: string }[] {
  const units: { en: string; zh: string }[] = []
  for (const tu of readFileSync(file, 'utf8').matchAll(/<tu>([\s\S]*?)<\/tu>/g)) {
    const seg = (lang: string): string =>
      unescape(new RegExp(`<tuv xml:lang="${lang}[^"]*"><seg>([\\s\\S]*?)</seg>`).exec(tu[1])?.[1] ?? '')
    units.push({ en: seg('en'), zh: seg('zh') })
  }
  return units
}

const nonSpace = (s: string): number => s.replace(/\s/g, '').length

/** Non-space character offset of every position of `body` (prefix counts). */
function prefixCounts(body: string): Int32Array {
  const out = new Int32Array(body.length + 1)
  for (let i = 0; i < body.length; i++) out[i + 1] = out[i] + (/\s/.test(body[i]) ? 0 : 1)
  return out
}

type Span = [number, number]

/** Units' spans as cumulative non-space offsets. */
function unitSpans(texts: string[]): Span[] {
  let at = 0
  return texts.map((t) => {
    const span: Span = [at, at + nonSpace(t)]
    at = span[1]
    return span
  })
}

/** Indexes of the units a span overlaps. */
function touched(span: Span, units: Span[]): number[] {
  const out: number[] = []
  for (let k = 0; k < units.length; k++) if (units[k][0] < span[1] && span[0] < units[k][1]) out.push(k)
  return out
}

const inside = (s: Span, u: Span): boolean => u[0] <= s[0] && s[1] <= u[1]

export function linkIsRight(en: Span | null, zh: Span | null, enUnits: Span[], zhUnits: Span[]): boolean {
  if (en && zh) {
    const te = touched(en, enUnits)
    const tz = touched(zh, zhUnits)
    if (te.length === 0 || tz.length === 0) return false
    if (te.length === 1 && tz.length === 1 && te[0] === tz[0]) return true // within one unit
    // Whole units on both sides, the same units.
    if (te.join() !== tz.join()) return false
    const first = te[0]
    const last = te[te.length - 1]
    return (
      en[0] === enUnits[first][0] &&
      en[1] === enUnits[last][1] &&
      zh[0] === zhUnits[first][0] &&
      zh[1] === zhUnits[last][1]
    )
  }
  const [span, units] = en ? [en, enUnits] : [zh!, zhUnits]
  const t = touched(span, units)
  if (t.length !== 1) return false
  const u = units[t[0]]
  return inside(span, u) && (span[0] > u[0] || span[1] < u[1])
}

function linkSpan(ids: number[], side: Side, counts: Int32Array): Span | null {
  if (ids.length === 0) return null
  const first = side.segments[ids[0]]
  const last = side.segments[ids[ids.length - 1]]
  const span: Span = [counts[first.start], counts[last.end]]
  return span[1] > span[0] ? span : null
}

export interface ReportScore {
  year: string
  sentences: { en: number; zh: number }
  paragraphs: { en: number; zh: number }
  links: number
  right: number
  accuracy: number
  /** Links below the review threshold, and the wrong ones among them; the same above it. */
  flagged: number
  flaggedWrong: number
  unflaggedWrong: number
  ms: number
  /** Links and right links per tenth of confidence. */
  bins: { links: number; right: number }[]
}

const THRESHOLD = Number(opt('threshold') ?? REVIEW_BELOW)

type Aligner = (en: Side, zh: Side) => AlignmentLink[]

const aligners: Record<string, Aligner> = {
  // The documents as the app hands them over: sentences and their paragraphs.
  paragraphs: (en, zh) =>
    alignParallel(
      en.segments.map((s) => s.text),
      zh.segments.map((s) => s.text),
      { paragraphs: { en: en.paragraphs, zh: zh.paragraphs }, reviewBelow: THRESHOLD }
    ).links,
  // Sentences alone, as from a source without layout.
  flat: (en, zh) =>
    alignParallel(
      en.segments.map((s) => s.text),
      zh.segments.map((s) => s.text),
      { reviewBelow: THRESHOLD }
    ).links
}

function score(year: string, align: Aligner): ReportScore & { wrongLinks: string[] } {
  const en = readSide(join(DATA!, 'align', `gwr-${year}.en.txt`), 'en')
  const zh = readSide(join(DATA!, 'align', `gwr-${year}.zh.txt`), 'zh')
  const units = readTmx(join(DATA!, 'tmx', `GR${year}.tmx`))
  const enUnits = unitSpans(units.map((u) => u.en))
  const zhUnits = unitSpans(units.map((u) => u.zh))
  const enCounts = prefixCounts(en.body)
  const zhCounts = prefixCounts(zh.body)
  const t0 = performance.now()
  const links = align(en, zh)
  const ms = performance.now() - t0
  let right = 0
  const bins = Array.from({ length: 10 }, () => ({ links: 0, right: 0 }))
  let flagged = 0
  let flaggedWrong = 0
  let unflaggedWrong = 0
  const wrongLinks: string[] = []
  for (const l of links) {
    const ok = linkIsRight(linkSpan(l.en, en, enCounts), linkSpan(l.zh, zh, zhCounts), enUnits, zhUnits)
    if (ok) right++
    const bin = bins[Math.min(9, Math.floor(l.confidence * 10))]
    bin.links++
    if (ok) bin.right++
    const low = l.confidence < THRESHOLD
    if (low) flagged++
    if (!ok && low) flaggedWrong++
    if (!ok && !low) unflaggedWrong++
    if (!ok) {
      wrongLinks.push(
        `${l.confidence.toFixed(2)} [${l.en.join(',')}|${l.zh.join(',')}] ${l.en.map((i) => en.segments[i].text).join(' ⏎ ')}\n      ${l.zh.map((i) => zh.segments[i].text).join(' ⏎ ')}`
      )
    }
  }
  return {
    year,
    sentences: { en: en.segments.length, zh: zh.segments.length },
    paragraphs: { en: en.paragraphs[en.paragraphs.length - 1] + 1, zh: zh.paragraphs[zh.paragraphs.length - 1] + 1 },
    links: links.length,
    right,
    accuracy: right / links.length,
    flagged,
    flaggedWrong,
    unflaggedWrong,
    ms,
    bins,
    wrongLinks
  }
}

const which = opt('aligner') ?? 'paragraphs'
const results = YEARS.map((y) => score(y, aligners[which]))
const showWrong = args.includes('--wrong')
for (const r of results) {
  console.log(
    `${r.year}  ${(100 * r.accuracy).toFixed(1)}% right (${r.right}/${r.links})  flagged ${r.flagged} (wrong ${r.flaggedWrong}), wrong unflagged ${r.unflaggedWrong}  ${r.ms.toFixed(0)} ms`
  )
  if (showWrong) for (const w of r.wrongLinks) console.log('   ' + w)
}
const total = results.reduce(
  (a, r) => ({
    links: a.links + r.links,
    right: a.right + r.right,
    flagged: a.flagged + r.flagged,
    flaggedWrong: a.flaggedWrong + r.flaggedWrong,
    unflaggedWrong: a.unflaggedWrong + r.unflaggedWrong
  }),
  { links: 0, right: 0, flagged: 0, flaggedWrong: 0, unflaggedWrong: 0 }
)
const bins = Array.from({ length: 10 }, (_, k) => ({
  confidence: `${k / 10}-${(k + 1) / 10}`,
  links: results.reduce((a, r) => a + r.bins[k].links, 0),
  right: results.reduce((a, r) => a + r.bins[k].right, 0)
}))
console.log(bins.map((b) => `${b.confidence}: ${b.right}/${b.links}`).join('  '))
const out = {
  calibration: bins,
  benchmark: 'memory-align-eval',
  aligner: which,
  threshold: THRESHOLD,
  reports: results.map(({ wrongLinks: _, ...r }) => ({ ...r, accuracy: +r.accuracy.toFixed(4), ms: Math.round(r.ms) })),
  total: {
    ...total,
    accuracy: +(total.right / total.links).toFixed(4),
    worst: Math.min(...results.map((r) => r.accuracy)),
    wrongAmongFlagged: +(total.flaggedWrong / Math.max(1, total.flagged)).toFixed(4),
    wrongAmongUnflagged: +(total.unflaggedWrong / Math.max(1, total.links - total.flagged)).toFixed(4)
  },
  loadAverage: loadavg()[0],
  node: process.version,
  at: new Date().toISOString()
}
console.log(JSON.stringify(out.total))
mkdirSync(join(root, 'bench', 'results'), { recursive: true })
writeFileSync(join(root, 'bench', 'results', 'memory-align-eval.json'), JSON.stringify(out, null, 2) + '\n')
