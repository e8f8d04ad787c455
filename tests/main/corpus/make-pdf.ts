/**
 * Builds small valid PDFs for tests: one page per entry, each line drawn with the standard
 * Helvetica font (no embedding needed), or no text at all (a drawn rectangle, like a scan).
 */
export interface PdfPage {
  /** Lines top to bottom; an empty string leaves a blank line (a paragraph gap). */
  lines: string[]
}

export function makePdf(pages: PdfPage[], title?: string): Buffer {
  const objects: string[] = []
  const pageIds: number[] = []
  // 1: catalog, 2: pages, 3: font, then a (page, content) pair per page, then the info dictionary.
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>'
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
  let next = 4
  for (const page of pages) {
    const pageId = next++
    const contentId = next++
    pageIds.push(pageId)
    const ops: string[] = []
    if (page.lines.length === 0) {
      ops.push('0.5 g 72 600 200 100 re f') // a grey box: ink without text
    } else {
      ops.push('BT /F1 12 Tf 14 TL 72 720 Td')
      for (const line of page.lines) ops.push(`(${escapePdf(line)}) Tj T*`)
      ops.push('ET')
    }
    const stream = ops.join('\n')
    objects[pageId] =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] ' +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`
    objects[contentId] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`
  }
  const kids = pageIds.map((id) => `${id} 0 R`).join(' ')
  objects[2] = `<< /Type /Pages /Kids [${kids}] /Count ${pageIds.length} >>`
  const infoId = title === undefined ? 0 : next++
  if (title !== undefined) objects[infoId] = `<< /Title (${escapePdf(title)}) >>`

  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1')
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`
  }
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R${infoId ? ` /Info ${infoId} 0 R` : ''} >>\n`
  out += `startxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

function escapePdf(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`)
}
