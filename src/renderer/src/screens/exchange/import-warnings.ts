/**
 * Import warnings in the UI language. The report carries them as English strings (ExchangeImportReport
 * `warnings: string[]`), so the known shapes are recognised here and said again from
 * `errors.exchange.warning.*`; a warning of an unknown shape is shown as sent. The shapes are those the
 * importers (main/exchange) and parsers (core/formats) write; tests/main/exchange/error-keys.test.ts
 * runs real imports and checks every warning they produce is recognised, so the two cannot drift apart.
 */
import type { TFunction } from 'i18next'

type Params = Record<string, string | number>

interface Shape {
  pattern: RegExp
  /** The localized warning from the match. */
  say(m: RegExpExecArray, t: TFunction): string
}

const STATUS = '(preferred|admitted|deprecated|forbidden)'
const CONFLICT = new RegExp(
  `^(entry .+?): "(.*)" is ${STATUS} in the file but ${STATUS} in concept (\\d+) \\(kept\\)$`, 's')

/** A text under errors.exchange.warning. */
function w(t: TFunction, key: string, params: Params = {}): string {
  return t(`errors.exchange.warning.${key}`, params)
}

const SHAPES: Shape[] = [
  { pattern: /^(entry .+?): no usable term, not imported$/s,
    say: (m, t) => w(t, 'noUsableTerm', { entry: entry(m[1], t) }) },
  { pattern: /^(entry .+?): term "(.*)" skipped: (.+)$/s,
    say: (m, t) => w(t, 'termSkipped',
      { entry: entry(m[1], t), term: m[2], reason: termReason(m[3], m[2], t) }) },
  { pattern: /^(entry .+?): shares terms with concepts ([\d, ]+); merged into (\d+)$/s,
    say: (m, t) => w(t, 'sharedTerms',
      { entry: entry(m[1], t), concepts: m[2].split(', ').join(w(t, 'listSeparator')), target: m[3] }) },
  { pattern: CONFLICT,
    say: (m, t) => w(t, 'statusConflict', { entry: entry(m[1], t), term: m[2],
      fileStatus: w(t, `status.${m[3]}`), status: w(t, `status.${m[4]}`), concept: m[5] }) },
  { pattern: /^(entry .+?): a term section without term text was skipped$/s,
    say: (m, t) => w(t, 'emptyTermSection', { entry: entry(m[1], t) }) },
  { pattern: /^duplicate entry id "(.*)": both entries kept$/s,
    say: (m, t) => w(t, 'duplicateId', { id: m[1] }) },
  { pattern: /^unit #(\d+): empty segment or language, skipped$/,
    say: (m, t) => w(t, 'emptyUnit', { unit: m[1] }) },
  { pattern: /^tu #(\d+) has fewer than two languages: skipped$/,
    say: (m, t) => w(t, 'oneLanguageTu', { unit: m[1] }) },
  { pattern: /^row has (\d+) cells, header has (\d+)$/,
    say: (m, t) => w(t, 'raggedRow', { cells: m[1], width: m[2] }) },
  { pattern: /^row without any term skipped$/, say: (_m, t) => w(t, 'rowWithoutTerm') },
  { pattern: /^(.+): no entries found$/s, say: (m, t) => w(t, 'noEntries', { name: m[1] }) },
  { pattern: /^… and (\d+) more warnings$/, say: (m, t) => w(t, 'more', { count: m[1] }) }
]

/** `file:line: ` the import puts before a parser's warning about a row (CSV/TSV/XLSX). */
const PLACE = /^(.+?):(\d+): (.*)$/s

/** The warning in the UI language when its shape is known, else as sent. */
export function localizeWarning(warning: string, t: TFunction): string {
  const whole = recognise(warning, t)
  if (whole !== null) return whole
  const place = PLACE.exec(warning)
  const reason = place ? recognise(place[3], t) : null
  if (place && reason !== null) return t('errors.place.line', { file: place[1], line: place[2], reason })
  return warning
}

/** Whether the warning has a known shape (the test keeping this file and the importers in step uses it). */
export function isKnownWarning(warning: string): boolean {
  const place = PLACE.exec(warning)
  return SHAPES.some((s) => s.pattern.test(warning) || (place !== null && s.pattern.test(place[3])))
}

function recognise(text: string, t: TFunction): string | null {
  for (const shape of SHAPES) {
    const m = shape.pattern.exec(text)
    if (m) return shape.say(m, t)
  }
  return null
}

/** `entry c12`, `entry #3` (no id: its position in the file) or `entry (no id)`. */
function entry(label: string, t: TFunction): string {
  const rest = label.slice('entry '.length)
  if (rest === '(no id)') return w(t, 'entryNoId')
  const ordinal = /^#(\d+)$/.exec(rest)
  return ordinal ? w(t, 'entryNumber', { n: ordinal[1] }) : w(t, 'entryId', { id: rest })
}

/** Why a term was skipped: the term checks' messages (core/termbase/normalize-term.ts), else as sent. */
function termReason(reason: string, term: string, t: TFunction): string {
  if (reason === 'no language') return w(t, 'noLanguage')
  if (reason === 'A term cannot be empty') return t('errors.term.empty')
  const long = /^A term is at most 500 characters \(this one has (\d+)\)$/.exec(reason)
  if (long) return t('errors.term.tooLong', { length: long[1] })
  if (reason === 'A term needs at least one letter or digit') return t('errors.term.noLetter', { term })
  return reason
}
