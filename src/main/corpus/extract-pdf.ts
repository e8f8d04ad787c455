/**
 * Text layer of a PDF via pdfjs-dist (legacy build: runs in plain Node). Lines are re-flowed into
 * paragraphs from their vertical spacing, since PDF text arrives one printed line at a time and the
 * sentence splitter treats every newline as a boundary.
 */
import { CorpusError } from './corpus-error'

export interface PdfText {
  title: string | null
  text: string
}

interface Line {
  text: string
  y: number
  height: number
}

interface PdfTextItem {
  str: string
  transform: number[]
  height: number
  hasEOL: boolean
}

export async function extractPdfText(file: string, displayName: string, data: Buffer): Promise<PdfText> {
  const head = data.subarray(0, 1024).toString('latin1')
  if (!head.includes('%PDF-'))
    throw new CorpusError(file, `${displayName} is not a valid PDF file`, undefined, {
      key: 'badPdf',
      params: { name: displayName }
    })
  // Imported lazily: pdfjs is large and only needed for PDFs.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = pdfjs.getDocument({
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0
  })
  let doc
  try {
    doc = await task.promise
  } catch (err) {
    const name = (err as { name?: string }).name
    if (name === 'PasswordException') {
      throw new CorpusError(file, `${displayName} is password-protected`, undefined, {
        key: 'pdfPassword',
        params: { name: displayName }
      })
    }
    throw new CorpusError(file, `${displayName} is not a valid PDF file (${(err as Error).message})`, undefined, {
      key: 'badPdf',
      params: { name: displayName }
    })
  }
  try {
    const pages: string[] = []
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p)
      const content = await page.getTextContent()
      const items = content.items.filter((it): it is PdfTextItem & typeof it => 'str' in it)
      pages.push(reflow(collectLines(items as PdfTextItem[])))
      page.cleanup()
    }
    const text = pages.filter((t) => t.trim() !== '').join('\n\n')
    if (text.trim() === '') {
      throw new CorpusError(file, `${displayName} has no text layer (scanned?); run OCR first`, undefined, {
        key: 'pdfNoText',
        params: { name: displayName }
      })
    }
    let title: string | null = null
    try {
      const meta = await doc.getMetadata()
      const info = meta.info as { Title?: unknown }
      if (typeof info?.Title === 'string' && info.Title.trim() !== '') title = info.Title.trim()
    } catch {
      // Metadata is optional; a broken Info dictionary does not make the text unusable.
    }
    return { title, text }
  } finally {
    await doc.destroy()
  }
}

function collectLines(items: PdfTextItem[]): Line[] {
  const lines: Line[] = []
  let current: Line | null = null
  for (const item of items) {
    const y = Number(item.transform[5]) || 0
    const height = Math.abs(item.height || Number(item.transform[3]) || 0)
    // A jump in baseline also starts a new line, for producers that never set hasEOL.
    if (current && Math.abs(current.y - y) > Math.max(current.height, height, 1) * 0.5 && item.str !== '') {
      lines.push(current)
      current = null
    }
    if (!current) current = { text: '', y, height }
    current.text += item.str
    current.height = Math.max(current.height, height)
    if (item.hasEOL) {
      lines.push(current)
      current = null
    }
  }
  if (current) lines.push(current)
  return lines.filter((l) => l.text.trim() !== '')
}

/** Join printed lines into paragraphs: a gap clearly wider than the usual line spacing ends one. */
function reflow(lines: Line[]): string {
  if (lines.length === 0) return ''
  const gaps: number[] = []
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1].y - lines[i].y
    if (gap > 0) gaps.push(gap)
  }
  gaps.sort((a, b) => a - b)
  const usual = gaps.length > 0 ? gaps[(gaps.length - 1) >> 1] : 0 // lower median: paragraph gaps are rarer
  let out = lines[0].text.trim()
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i - 1].y - lines[i].y
    const text = lines[i].text.trim()
    if (usual === 0 || gap <= 0 || gap > usual * 1.4) {
      out += `\n\n${text}`
    } else if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(text)) {
      // "high-" + "quality": keep the hyphen (compounds are common, soft hyphenation is not) but no space
      out += text
    } else if (/\p{Script=Han}$/u.test(out) && /^\p{Script=Han}/u.test(text)) {
      out += text
    } else {
      out += ` ${text}`
    }
  }
  return out
}
