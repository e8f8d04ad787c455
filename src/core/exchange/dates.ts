/**
 * Date conversions between the model (ISO 8601 strings as stored: "2024-03-05" or
 * "2024-03-05T12:00:00.000Z"), TMX (YYYYMMDDThhmmssZ) and TBX (xs:date, YYYY-MM-DD).
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

/** ISO date or date-time → xs:date `YYYY-MM-DD` (TBX transactions carry dates only). */
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
