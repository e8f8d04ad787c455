import mammoth from 'mammoth'

import { CorpusError } from './corpus-error'
import { formatBytes } from './format-bytes'
import { checkZip, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, ZipCheckError } from './zip-check'

/** Raw text of a Word (.docx) document: paragraphs separated by blank lines. */
export async function extractDocxText(file: string, displayName: string, data: Buffer): Promise<string> {
  // .docx is a ZIP container: anything else (an old binary .doc renamed, a truncated download) is refused.
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b) throw badDocx(file, displayName)
  try {
    await checkZip(data)
  } catch (err) {
    if (!(err instanceof ZipCheckError)) throw err
    if (err.problem === 'notZip' || err.problem === 'damaged') throw badDocx(file, displayName)
    throw zipTooLarge(file, displayName, err)
  }
  try {
    const result = await mammoth.extractRawText({ buffer: data })
    return result.value
  } catch {
    // mammoth's reasons are its XML parser's ("[xmldom error] … @#[line:undefined,col:undefined]"): the
    // user can do nothing with them; what they need to know is that Word's XML inside is damaged.
    throw badDocx(file, displayName)
  }
}

/** Shared with the XLSX reader's wording: which part is too large, or that all parts together are. */
function zipTooLarge(file: string, name: string, err: ZipCheckError): CorpusError {
  if (err.problem === 'totalTooLarge') {
    const limit = formatBytes(MAX_TOTAL_BYTES)
    return new CorpusError(
      file,
      `${name} unpacks to more than the ${limit} limit in all; the file was not read ` + '(damaged, or a zip bomb)',
      undefined,
      { key: 'zipTotalTooLarge', params: { name, limit } }
    )
  }
  const limit = formatBytes(MAX_ENTRY_BYTES)
  const entry = err.entry ?? ''
  return new CorpusError(
    file,
    `${name}: ${entry} inside it unpacks to more than the ${limit} limit; the file ` +
      'was not read (damaged, or a zip bomb)',
    undefined,
    { key: 'zipEntryTooLarge', params: { name, entry, limit } }
  )
}

function badDocx(file: string, name: string): CorpusError {
  return new CorpusError(
    file,
    `${name} is not a valid .docx (Word 2007 or later) file: it is damaged, or ` + 'not a Word document',
    undefined,
    { key: 'badDocx', params: { name } }
  )
}
