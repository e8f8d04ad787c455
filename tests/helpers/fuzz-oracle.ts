/**
 * The fuzzing bench's test for silent corruption of text: which Chinese characters an input may yield.
 * An importer that stores a Han character none of the input's readings holds has invented it (the
 * #16 failure: one NUL inside UTF-8 Chinese made the file read as UTF-16, storing other characters).
 *
 * The readings are the ones the bytes give evidence for, not every encoding there is:
 *  - UTF-8 with any NULs dropped, when that is valid UTF-8 (a stray NUL is damage, not another encoding);
 *  - UTF-16 LE and BE when a UTF-16 BOM leads or NULs are at least a fifth of the bytes (ASCII written
 *    as UTF-16: "G\0o\0v\0"). Dropping those NULs also leaves valid UTF-8, but the file is UTF-16, and
 *    a flipped byte or an inserted "<tu>" in it is, read as UTF-16, a CJK character the file does hold
 *    (the fuzz run flagged 4 such files: ⽵ from "u\0" flipped to "u/", 琼㹵 from "<tu>" inserted).
 * A single NUL never makes the UTF-16 readings count, so the #16 failure is still caught.
 */
const UTF16_NUL_SHARE = 0.2

export const hanOf = (text: string): Set<string> => new Set(text.match(/\p{Script=Han}/gu) ?? [])

/** The readings of `bytes` the check accepts, or null when no reading is sure enough to check against. */
export function readingsOf(bytes: Buffer): string[] | null {
  const readings: string[] = []
  let nuls = 0
  for (const b of bytes) if (b === 0) nuls++
  const utf8 = strictUtf8(nuls === 0 ? bytes : Buffer.from(bytes.filter((b) => b !== 0)))
  if (utf8 !== null) readings.push(utf8)
  const bom =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  // NUL-dense bytes that are not UTF-8 either (a zip, a damaged binary) are left unchecked, as before.
  if (bom || (utf8 !== null && nuls >= bytes.length * UTF16_NUL_SHARE)) {
    const even = bytes.subarray(0, bytes.length - (bytes.length % 2))
    readings.push(
      new TextDecoder('utf-16le').decode(even),
      new TextDecoder('utf-16le').decode(Buffer.from(even).swap16())
    )
  }
  return readings.length > 0 ? readings : null
}

/** Han characters of `stored` that no reading of `input` holds (after `expand`, e.g. HTML references). */
export function foreignHan(
  input: Buffer,
  stored: string,
  expand: (text: string) => string = (t) => t
): string[] | null {
  const readings = readingsOf(input)
  if (readings === null) return null
  const allowed = new Set(readings.flatMap((r) => [...hanOf(expand(r))]))
  return [...hanOf(stored)].filter((c) => !allowed.has(c))
}

function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}
