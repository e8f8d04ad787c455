/**
 * Exchange model: what TBX, CSV, XLSX and TMX files are read into and written from.
 * Deliberately independent of the SQLite schema; the main side maps between the two.
 */

import type { TermStatus } from '../../shared/vocabulary'
export { TERM_STATUSES, type TermStatus } from '../../shared/vocabulary'

export interface ExchangeTerm {
  /** BCP 47 tag, canonicalised by `canonicalLang` (zh, zh-Hans, ZH-CN → zh-CN; zh-Hant → zh-TW). */
  lang: string
  text: string
  status: TermStatus
  pos?: string
  usageNote?: string
  /** Transaction dates of the term itself (ISO, time kept), when they differ from the concept's. */
  createdAt?: string
  modifiedAt?: string
  /** Data categories Shuyu does not model, kept so a re-export does not lose them. */
  extra?: Record<string, string[]>
}

export interface ExchangeExample {
  lang: string
  text: string
  /** Chinese rendering of an English example. */
  zh?: string
  source?: string
  date?: string
  /** The term the example illustrates (placed in that term's section on export). */
  termText?: string
}

export interface ExchangeConcept {
  id?: string
  definition?: string
  domain?: string
  note?: string
  source?: string
  createdAt?: string
  modifiedAt?: string
  /** Unknown data categories, keyed by their type (langSec-level ones as `type@lang`). */
  extra?: Record<string, string[]>
  terms: ExchangeTerm[]
  examples?: ExchangeExample[]
}

export interface ExchangeUnit {
  srcLang: string
  tgtLang: string
  source: string
  target: string
  origin?: string
  createdAt?: string
  changedAt?: string
  note?: string
  extra?: Record<string, string>
  /** Position of the tu in the file (1-based) and its line: set only when the reader is asked to. */
  tu?: number
  line?: number
}

/** Values interpolated into a translated message. */
export type MessageParams = Record<string, string | number>

/**
 * A problem in an input file, with the position the parser had reached (line 1-based, column 1-based).
 * `key` (with `params`) names the reason in the UI's resources (`errors.<key>`), so the UI can say it in
 * its own language; `reason` stays the English text the CLI and logs print.
 */
export class FormatError extends Error {
  readonly file: string
  readonly line: number
  readonly column: number
  /** The message without the position prefix. */
  readonly reason: string
  readonly key?: string
  readonly params?: MessageParams

  constructor(file: string, line: number, column: number, message: string, key?: string, params?: MessageParams) {
    super(`${file}:${line}:${column}: ${message}`)
    this.name = 'FormatError'
    this.file = file
    this.line = line
    this.column = column
    this.reason = message
    if (key !== undefined) {
      this.key = key
      this.params = params ?? {}
    }
  }
}

/** Non-fatal observations made while reading (duplicate ids, ragged rows, ...), for the import report. */
export interface FormatWarning {
  file: string
  line?: number
  message: string
  /** What the UI shows instead of `message`: `errors.exchange.warning.<key>` with these parameters. */
  key?: string
  params?: Record<string, string | number>
}

export type WarningSink = (w: FormatWarning) => void
