/**
 * Loose date parsing for document headers: returns an ISO `YYYY-MM-DD` or null.
 * Accepts 2025-03-08, 2025-3-8, 2025/03/08, 2025.3.8, 2025年3月8日, "March 8, 2025",
 * "Mar. 8, 2025", "8 March 2025". A time after the date ("2023-05-30 12:57") is ignored.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12
}

// 2025-3-8, 2025/03/08, 2025.3.8 (groups 2, 3) or 2025年3月8日 (groups 4, 5)
const NUMERIC = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?)(?!\d)/
const MONTH_FIRST = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?!\d)/

export function parseLooseDate(input: string): string | null {
  const s = input.trim()
  const numeric = NUMERIC.exec(s)
  if (numeric) {
    return isoDate(Number(numeric[1]), Number(numeric[2] ?? numeric[4]), Number(numeric[3] ?? numeric[5]))
  }
  const monthFirst = MONTH_FIRST.exec(s)
  if (monthFirst) {
    const month = MONTHS[monthFirst[1].toLowerCase()]
    return month ? isoDate(Number(monthFirst[3]), month, Number(monthFirst[2])) : null
  }
  const dayFirst = DAY_FIRST.exec(s)
  if (dayFirst) {
    const month = MONTHS[dayFirst[2].toLowerCase()]
    return month ? isoDate(Number(dayFirst[3]), month, Number(dayFirst[1])) : null
  }
  return null
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
