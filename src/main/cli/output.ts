/** Writers for the CLI's two output formats. Every TSV starts with one header row. */

export interface CliIO {
  out(text: string): void
  err(text: string): void
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text)
}

/** A TSV cell: tabs and line breaks would break the row, so they become spaces. */
export function tsvCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  return String(value).replace(/[\t\r\n]+/g, ' ')
}

export function toTsv(columns: string[], rows: unknown[][]): string {
  return [columns, ...rows].map((row) => row.map(tsvCell).join('\t')).join('\n') + '\n'
}

export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}
