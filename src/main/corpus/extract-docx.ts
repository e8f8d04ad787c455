import mammoth from 'mammoth'
import { CorpusError } from './corpus-error'

/** Raw text of a Word (.docx) document: paragraphs separated by blank lines. */
export async function extractDocxText(file: string, displayName: string, data: Buffer): Promise<string> {
  // .docx is a ZIP container: anything else (an old binary .doc renamed, a truncated download) is refused.
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) {
    throw new CorpusError(file, `${displayName} is not a valid .docx (Word 2007+) file`, undefined,
      { key: 'badDocx', params: { name: displayName } })
  }
  try {
    const result = await mammoth.extractRawText({ buffer: data })
    return result.value
  } catch (err) {
    const reason = (err as Error).message
    throw new CorpusError(file, `${displayName} is not a valid .docx (Word 2007+) file: ${reason}`, undefined,
      { key: 'badDocx', params: { name: displayName } })
  }
}
