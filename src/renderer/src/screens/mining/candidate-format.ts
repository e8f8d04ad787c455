/** Numbers in the candidate list, formatted per locale with cached formatters. */
// Building an Intl formatter costs far more than using one: a scroll renders hundreds of cells.
const formatters = new Map<string, Intl.NumberFormat>()
function formatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`
  let found = formatters.get(key)
  if (!found) {
    const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals }
    found = new Intl.NumberFormat(locale, digits)
    formatters.set(key, found)
  }
  return found
}

/** Scores with two decimals always, so the column's digits line up. */
export function formatScore(score: number, locale: string): string {
  return formatter(locale, 2).format(score)
}

export function formatCount(value: number, locale: string): string {
  return formatter(locale, 0).format(value)
}
