/**
 * Date conversions between the model (ISO 8601 strings as stored: "2024-03-05" or
 * "2024-03-05T12:00:00.000Z"), TMX (YYYYMMDDThhmmssZ) and TBX (v3: xs:date or xs:dateTime; v2: xs:date).
 * Transaction dates keep their time to the second, in and out (issue #15).
 */

/** ISO date or date-time → TMX `YYYYMMDDThhmmssZ` (UTC). Returns undefined when unparseable. */
export function toTmxDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  const d = parseIso(iso)
  if (!d) return undefined
  const p = (n: number, w = 2): string => String(n).padStart(w, '0')
  return (
    `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T` +
    `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`
  )
}

/** TMX date → ISO 8601 `YYYY-MM-DDThh:mm:ssZ`. Lenient: also accepts ISO input. Undefined when unparseable. */
export function fromTmxDate(s: string | undefined): string | undefined {
  if (!s) return undefined
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z?$/.exec(s.trim())
  if (m) return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`
  const d = parseIso(s)
  return d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined
}

/** ISO date or date-time → xs:date `YYYY-MM-DD` (what TBX v2's `<date>` holds). */
export function toXsDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso.trim())
  if (m) return m[1]
  const d = parseIso(iso)
  return d ? d.toISOString().slice(0, 10) : undefined
}

function parseIso(s: string): Date | undefined {
  const t = s.trim()
  if (!/^\d{4}-\d{2}-\d{2}/.test(t)) return undefined
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(t) ? `${t}T00:00:00Z` : t)
  return Number.isNaN(d.getTime()) ? undefined : d
}

const XS_DATE = /^\d{4}-\d{2}-\d{2}$/
const XS_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/

/**
 * A transaction date as read from a file, as the model keeps it: an ISO date or date-time, to the
 * second, exactly as written when it already is one (a time without zone stays without); the compact
 * forms other tools write (`20010507T10:57:25Z`, `20010507T105725Z`, `2001-05-07 10:57:25`) become
 * ISO. Undefined when it is no date at all.
 */
export function normalizeDate(s: string | undefined): string | undefined {
  const t = s?.trim()
  if (!t) return undefined
  if (XS_DATE.test(t) || XS_DATE_TIME.test(t)) return parseIso(t) ? t : undefined
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2}):?(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(t)
  if (!m) return undefined
  const date = `${m[1]}-${m[2]}-${m[3]}`
  if (m[4] === undefined) return date
  const zone = m[8] && m[8] !== 'Z' && !m[8].includes(':') ? `${m[8].slice(0, 3)}:${m[8].slice(3)}` : (m[8] ?? '')
  const out = `${date}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}${zone}`
  return XS_DATE_TIME.test(out) && !Number.isNaN(Date.parse(out.length === 19 ? out + 'Z' : out)) ? out : undefined
}

/** A stored date or date-time → what TBX v3's `<date>` holds (xs:date or xs:dateTime), time kept. */
export function toXsDateTime(iso: string | undefined): string | undefined {
  const t = iso?.trim()
  if (!t) return undefined
  if (XS_DATE.test(t) || XS_DATE_TIME.test(t)) return t
  return normalizeDate(t) ?? toXsDate(t)
}

/** Whether a stored date carries a time (TBX v2's `<date>` cannot: the time travels in a keyed note). */
export function hasTime(iso: string | undefined): boolean {
  return iso !== undefined && /T\d{2}:/.test(iso)
}
