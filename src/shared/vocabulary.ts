/**
 * The words every layer shares, each declared once as an `as const` list with its type derived from it.
 * Schemas (zod), SQL CHECKs in migrations, CLI flags and UI pickers are built from or tested against these.
 */

/** The areas of the app: contract keys (`area/verb`), handler files, folders of main, core, renderer and tests. */
export const AREAS = [
  'corpus',
  'mining',
  'termbase',
  'concordance',
  'memory',
  'exchange',
  'workspace',
  'qa',
  'team'
] as const
export type Area = (typeof AREAS)[number]

/**
 * What a `changed` event names: an area whose data changed, or `history` (an undo or redo, which may have
 * touched any area: listeners of every area refresh on it).
 */
export const CHANGED_AREAS = [...AREAS, 'history'] as const
export type ChangedArea = (typeof CHANGED_AREAS)[number]

/** A term's standing in its concept, best first (TBX administrativeStatus, shortened). */
export const TERM_STATUSES = ['preferred', 'admitted', 'deprecated', 'forbidden'] as const
export type TermStatus = (typeof TERM_STATUSES)[number]

/** The statuses a translator may use in a translation; the others are flagged. */
export const USABLE_STATUSES = ['preferred', 'admitted'] as const satisfies readonly TermStatus[]

/** Rank of a status for sorting renderings, preferred first. */
export function statusRank(status: string): number {
  const i = (TERM_STATUSES as readonly string[]).indexOf(status)
  return i < 0 ? TERM_STATUSES.length : i
}

export function isTermStatus(value: unknown): value is TermStatus {
  return typeof value === 'string' && (TERM_STATUSES as readonly string[]).includes(value)
}

/** The languages Shuyu reads and mines (corpus documents, queries, the two sides of the memory). */
export const LANGS = ['en', 'zh'] as const
export type Lang = (typeof LANGS)[number]

/**
 * A BCP 47 language tag as Shuyu accepts it at the boundary: a primary subtag of two or three letters, then
 * subtags of one to eight letters or digits. CAT tools write zh_CN (POSIX style), so `_` is accepted as `-`;
 * canonicalLang (core/exchange/lang-tags.ts) then stores one form.
 */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/

/** Concordance sort levels: the nth word left (L) or right (R) of the match. */
export const SORT_LEVELS = ['1L', '2L', '3L', '1R', '2R', '3R'] as const
export type SortLevel = (typeof SORT_LEVELS)[number]

/**
 * What kind of thing a mined candidate names. `term`: a concept of the domain ("new quality productive
 * forces"); `name`: a named organisation, plan, law, event or document ("State Council", "Belt and Road
 * Initiative", "Government Work Report"); `person`; `place`; `acronym`: an abbreviation written as one
 * word ("CPPCC", "R&D"). Translators keep all five in a glossary; the kind lets them filter.
 */
export const CANDIDATE_KINDS = ['term', 'name', 'person', 'place', 'acronym'] as const
export type CandidateKind = (typeof CANDIDATE_KINDS)[number]

export function isCandidateKind(value: unknown): value is CandidateKind {
  return typeof value === 'string' && (CANDIDATE_KINDS as readonly string[]).includes(value)
}

/**
 * What terminology QA checks (qa area): the expected rendering is missing from the target; the target uses a
 * forbidden or a deprecated equivalent (or the source a forbidden source-language term); a source term is
 * rendered differently across the file; the numbers of source and target differ.
 */
export const QA_CHECKS = ['missing', 'forbidden', 'deprecated', 'inconsistent', 'number'] as const
export type QaCheck = (typeof QA_CHECKS)[number]

/**
 * The checks run unless others are asked for: the term checks. Official translations restate numbers (units
 * converted, figures rounded) often enough that even a careful number check flags units whose wording holds
 * no term; it is offered (`--checks …,number`, a box on the QA screen), not imposed.
 */
export const DEFAULT_QA_CHECKS = [
  'missing',
  'forbidden',
  'deprecated',
  'inconsistent'
] as const satisfies readonly QaCheck[]

export function isQaCheck(value: unknown): value is QaCheck {
  return typeof value === 'string' && (QA_CHECKS as readonly string[]).includes(value)
}
