import type { ErrorBody } from '../shared/team-protocol'

type Code = ErrorBody['error']['code']

const STATUS: Record<Code, number> = {
  unauthorized: 401,
  revoked: 401,
  forbidden: 403,
  'bad-request': 400,
  'not-found': 404,
  protocol: 400,
  'too-large': 413,
  unavailable: 503,
  schema: 503,
  internal: 500
}

/** An error the server answers with: a status and a JSON body the client turns into a clear message. */
export class HttpError extends Error {
  constructor(
    readonly code: Code,
    message: string
  ) {
    super(message)
    this.name = 'HttpError'
  }

  get status(): number {
    return STATUS[this.code]
  }

  body(): ErrorBody {
    return { error: { code: this.code, message: this.message } }
  }
}

/** An answer already serialised (see pull.ts): sent as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}
