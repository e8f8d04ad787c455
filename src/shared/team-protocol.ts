/**
 * The wire between a workspace and the team server (docs/team.md): JSON over HTTP, every path under /v1.
 * Both sides import these types; the rules that give them meaning (field keys, revision checks, merging)
 * are pure code in src/core/team/.
 */

/** Sent as the `Shuyu-Protocol` header; a server refuses versions it does not speak. */
export const TEAM_PROTOCOL = 1

export const TEAM_ROLES = ['admin', 'terminologist', 'translator', 'viewer'] as const
export type TeamRole = (typeof TEAM_ROLES)[number]

/** Roles that may write: a translator's writes become suggestions when the team is moderated. */
export const WRITING_ROLES = ['admin', 'terminologist', 'translator'] as const satisfies readonly TeamRole[]
/** Roles that approve or reject suggestions. */
export const REVIEWING_ROLES = ['admin', 'terminologist'] as const satisfies readonly TeamRole[]

export function isTeamRole(value: unknown): value is TeamRole {
  return typeof value === 'string' && (TEAM_ROLES as readonly string[]).includes(value)
}

/** A concept as a flat map of fields (see core/team/fields.ts for the keys and value shapes). */
export type FieldMap = Record<string, FieldValue>
export type FieldValue = string | boolean | TermValue | ExampleValue | CollocationValue

export interface TermValue {
  status: string
  pos: string
  usageNote: string
  ordinal: number
}

export interface ExampleValue {
  zh: string
  title: string
  date: string
  source: string
  start: number | null
  end: number | null
}

export interface CollocationValue {
  freq: number
  logDice: number
  mi: number
  window: number
}

/** One field of a change: its new value (null = removed) and the field revision the client started from. */
export interface FieldChange {
  field: string
  baseRev: number
  value: FieldValue | null
}

/** A concept-level change from a workspace's outbox. `id` makes retries idempotent. */
export interface ChangeRecord {
  id: string
  concept: string
  /** The concept revision the workspace last saw (0: the concept is new to it). */
  baseRev: number
  fields: FieldChange[]
  /** The workspace's clock when the change was made: shown, never used for ordering. */
  madeAt: string
}

export interface PushRequest {
  changes: ChangeRecord[]
}

/** The server's value stands; `local` is what the change wanted. */
export interface FieldConflict {
  field: string
  remote: FieldValue | null
  remoteRev: number
  remoteAuthor: string
}

export type ChangeResult =
  | {
      id: string
      status: 'applied'
      /** The concept's revision after the change (unchanged when nothing needed applying). */
      rev: number
      /** Field → revision for every field that now holds the change's value (written, or already so). */
      applied: Record<string, number>
      conflicts: FieldConflict[]
      /** Fields that differed from the server's only in term order: the server's value stands, no conflict. */
      kept: FieldConflict[]
    }
  | { id: string; status: 'suggested'; suggestion: number }
  | { id: string; status: 'refused'; reason: string }

export interface PushResponse {
  results: ChangeResult[]
}

/** A concept as the server holds it now. */
export interface ConceptState {
  concept: string
  rev: number
  fields: FieldMap
  fieldRevs: Record<string, number>
}

/** One row of the team log, after the client's cursor. */
export interface LogEntry {
  seq: number
  kind: 'change' | 'decision'
  concept: string
  rev: number | null
  author: string
  /** Who approved a suggested change, or decided on a suggestion. */
  reviewer: string | null
  /** Server time (the database clock), ISO 8601. */
  at: string
  /** The fields a change wrote. */
  fields: string[]
  /** For decisions: the suggestion's change id, the outcome and the reviewer's note. */
  change: string | null
  decision: 'approved' | 'rejected' | null
  note: string
}

export interface PullResponse {
  entries: LogEntry[]
  /** Current state of every concept the entries name. */
  concepts: ConceptState[]
  /** The cursor to send next; more = there is another page. */
  next: number
  more: boolean
}

export interface TeamInfo {
  protocol: number
  teamId: string
  name: string
  moderated: boolean
  user: string
  role: TeamRole
  /** The newest log sequence (what "synced" means). */
  seq: number
}

export interface SuggestionInfo {
  id: number
  concept: string
  /** A readable name: the concept's first English term, else its first term. */
  label: string
  author: string
  createdAt: string
  status: 'pending' | 'approved' | 'rejected' | 'superseded'
  fields: FieldChange[]
  /** The values the fields have on the server now (null = absent). */
  current: Record<string, FieldValue | null>
  note: string
}

export interface DecisionResponse {
  id: number
  status: 'approved' | 'rejected'
  /** Fields of the suggestion that changed on the server since it was made: the server's value stands. */
  conflicts: FieldConflict[]
}

export interface ErrorBody {
  error: {
    code:
      | 'unauthorized'
      | 'revoked'
      | 'forbidden'
      | 'bad-request'
      | 'not-found'
      | 'protocol'
      | 'too-large'
      | 'unavailable'
      | 'schema'
      | 'internal'
    message: string
  }
}
