/** A corpus file that cannot be imported; the message names the file and says why. */
export class CorpusError extends Error {
  readonly file: string
  readonly line?: number

  constructor(file: string, message: string, line?: number) {
    super(message)
    this.name = 'CorpusError'
    this.file = file
    if (line !== undefined) this.line = line
  }
}
