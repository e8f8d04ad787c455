/**
 * Inline codes (formatting, links, variables) in bilingual files become numbered placeholders: `{1}` for a
 * standalone or opening code, `{/1}` for a closing one. Their native content (`<b>`, `&lt;a href…&gt;`) is
 * never kept as text, so it can neither match a term nor count as a number. The same code in source and
 * target gets the same number (it is numbered by its id), so the two sides can be compared.
 */

/** Numbers one unit's codes: by id when the file gives one, else in order of appearance. */
export class CodeNumbers {
  private readonly byId = new Map<string, number>()
  private next = 1

  number(id: string | undefined): number {
    if (id === undefined || id === '') return this.next++
    let n = this.byId.get(id)
    if (n === undefined) {
      n = this.next++
      this.byId.set(id, n)
    }
    return n
  }
}

export const openCode = (n: number): string => `{${n}}`
export const closeCode = (n: number): string => `{/${n}}`

/** A placeholder as the readers write it (also `{0}`-style variables of software strings in a table). */
export const PLACEHOLDER = /\{\/?\d{1,4}\}/g

/**
 * The text with every placeholder replaced by as many spaces: offsets stay valid, words on both sides of a
 * code still join ("new{1}quality" reads as "new quality"), and no digit of a code is seen as a number.
 */
export function maskPlaceholders(text: string): string {
  return text.indexOf('{') < 0 ? text : text.replace(PLACEHOLDER, (m) => ' '.repeat(m.length))
}
