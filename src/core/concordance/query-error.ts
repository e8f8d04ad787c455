/** A query the user must change; `message` is shown as is. */
export type QueryErrorCode =
  | 'empty'
  | 'no-terms'
  | 'too-long'
  | 'too-many-terms'
  | 'invalid-regex'
  | 'unsafe-regex'
  /** The pinyin option is on but the query cannot be read as pinyin syllables. */
  | 'not-pinyin'

export class QueryError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'QueryError'
  }
}
