/**
 * Normalise decoded text before it is stored, so offsets, hashes and searches are stable:
 * one line-break convention, no invisible junk, canonical Unicode composition.
 */

// C0 controls except \t and \n, DEL, C1 controls; BOM / zero-width space / word joiner / soft hyphen
// are invisible and split words for search, so they go too.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u200b\u2060\u00ad]/g
const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g

export function normalizeText(input: string): string {
  let text = input.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
  text = text.replace(NO_BREAK_SPACES, ' ').replace(INVISIBLE, '').normalize('NFC')
  // Trailing blanks at line ends carry no meaning; leading ones may (" date 2025-03-08" headers).
  text = trimLineEnds(text)
  // More than two blank lines in a row become two: keeps section breaks, drops runs of padding.
  text = text.replace(/\n{4,}/g, '\n\n\n')
  return text.replace(/^\n+/, '').trimEnd()
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000
}

/**
 * Drops blanks (space, tab, ideographic space) before each line break and at the end. A loop, not
 * /[ \t\u3000]+$/gm: that regex retries from every blank of a run that does not end a line, so a
 * run of a million spaces inside a line took minutes (quadratic); this is one pass.
 */
function trimLineEnds(text: string): string {
  let out = ''
  let from = 0
  for (;;) {
    const nl = text.indexOf('\n', from)
    let end = nl < 0 ? text.length : nl
    while (end > from && isBlank(text.charCodeAt(end - 1))) end--
    out += text.slice(from, end)
    if (nl < 0) return out
    out += '\n'
    from = nl + 1
  }
}
