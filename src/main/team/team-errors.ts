import { ApiError } from '../api-error'

/**
 * Why talking to the team server failed, in words a translator can act on. `kind` picks the UI's translation
 * (errors.team.<kind>); the sync adds how many local changes are kept, which is always all of them.
 */
export type TeamErrorKind =
  | 'not-joined'
  | 'offline'
  | 'unauthorized'
  | 'revoked'
  | 'forbidden'
  | 'mismatch'
  | 'protocol'
  | 'schema'
  | 'server'
  | 'bad-url'
  | 'already-joined'

export class TeamError extends Error {
  constructor(
    readonly kind: TeamErrorKind,
    message: string,
    readonly params: Record<string, string | number> = {}
  ) {
    super(message)
    this.name = 'TeamError'
  }

  toApiError(): ApiError {
    const code = this.kind === 'not-joined' || this.kind === 'bad-url' ? 'invalid-argument' : 'conflict'
    return new ApiError(code, this.message, { key: `team.${this.kind}`, params: this.params })
  }
}

/** Turns a TeamError into the transport's error; anything else passes through. */
export function asApiError(error: unknown): unknown {
  return error instanceof TeamError ? error.toApiError() : error
}
