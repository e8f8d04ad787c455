/**
 * Locale-aware display of dates and numbers. Dates from documents are plain calendar dates
 * (YYYY-MM-DD); they are formatted in UTC so no time zone can move them by a day.
 */
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

export function formatCalendarDate(iso: string | null, locale: string): string | null {
  if (!iso) return null
  const match = isoDate.exec(iso)
  if (!match) return iso
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
}

/** A moment in time (e.g. importedAt), shown in the user's own zone. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value)
}

/** Whole percentage of a job, clamped; null when the total is not known yet. */
export function progressPercent(done: number, total: number): number | null {
  if (!(total > 0)) return null
  return Math.max(0, Math.min(100, Math.round((done / total) * 100)))
}
