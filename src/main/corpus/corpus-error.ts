/** Why a translatable message exists: the renderer shows `errors.corpus.<key>` in the UI language. */
export interface CorpusErrorText {
  key: string
  params: Record<string, string | number>
}

/** A corpus file that cannot be imported; the message names the file and says why. */
export class CorpusError extends Error {
  readonly file: string
  readonly line?: number
  readonly text?: CorpusErrorText

  constructor(file: string, message: string, line?: number, text?: CorpusErrorText) {
    super(message)
    this.name = 'CorpusError'
    this.file = file
    if (line !== undefined) this.line = line
    if (text) this.text = { key: `corpus.${text.key}`, params: text.params }
  }
}
