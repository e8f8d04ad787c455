/**
 * Several values in one spreadsheet cell (CSV, XLSX): items joined by `|`. A literal `|` inside an item
 * is written `\|` and a literal backslash `\\`, so any text survives the round trip. Splitting is
 * positional: `a||c` is three items, the middle one empty (statuses/POS stay aligned with terms).
 */

export function joinCellList(items: readonly string[]): string {
  return items.map((s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join('|')
}

export function splitCellList(cell: string): string[] {
  if (cell === '') return []
  const out: string[] = []
  let cur = ''
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]
    if (ch === '\\' && (cell[i + 1] === '|' || cell[i + 1] === '\\')) {
      cur += cell[i + 1]
      i++
    } else if (ch === '|') {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
}

/**
 * Spreadsheet formula injection guard: a cell beginning with = + - @ TAB or CR gets a leading
 * apostrophe (also when it already begins with apostrophes before such a character, so the mapping
 * is reversible). `unneutralizeCell` removes exactly that apostrophe and nothing else.
 */
const RISKY = /^'*[=+\-@\t\r]/

export function neutralizeCell(cell: string): string {
  return RISKY.test(cell) ? `'${cell}` : cell
}

export function unneutralizeCell(cell: string): string {
  return cell.startsWith("'") && RISKY.test(cell.slice(1)) ? cell.slice(1) : cell
}
