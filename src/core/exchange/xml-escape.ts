/**
 * XML 1.0 escaping for the serialisers. Characters that XML 1.0 cannot carry at all (C0 controls other
 * than TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF) are DROPPED: a numeric reference to them would still
 * make the file ill-formed, and they never carry meaning in a glossary. Everything else, Chinese
 * included, is written as-is (UTF-8), byte for byte.
 */

const ILLEGAL_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Removes characters XML 1.0 forbids. */
export function stripIllegalXml(s: string): string {
  return s.replace(ILLEGAL_XML, '')
}

// One test decides whether any work is needed: almost all glossary text contains none of these, and the
// profile of a 100,000-concept export had four chained replace() calls per string near the top.
// eslint-disable-next-line no-control-regex
const NEEDS_TEXT_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
// eslint-disable-next-line no-control-regex
const NEEDS_ATTR_WORK = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const TEXT_SPECIAL = /[&<>\r]/g
const ATTR_SPECIAL = /[&<>"\t\n\r]/g
const REFERENCE: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;'
}
const toReference = (ch: string): string => REFERENCE[ch]

/** Escapes element content. `>` is escaped too so `]]>` can never appear. CR is kept as &#13; to survive. */
export function escapeXmlText(s: string): string {
  if (!NEEDS_TEXT_WORK.test(s)) return s
  return stripIllegalXml(s).replace(TEXT_SPECIAL, toReference)
}

/** Escapes an attribute value (double-quoted); TAB/LF/CR as references so attribute normalisation keeps them. */
export function escapeXmlAttr(s: string): string {
  if (!NEEDS_ATTR_WORK.test(s)) return s
  return stripIllegalXml(s).replace(ATTR_SPECIAL, toReference)
}

/** `<name attrs>text</name>` with escaping; attributes with undefined/empty values are omitted. */
export function xmlElement(name: string, text: string, attrs: Record<string, string | undefined> = {}): string {
  return `<${name}${xmlAttrs(attrs)}>${escapeXmlText(text)}</${name}>`
}

export function xmlAttrs(attrs: Record<string, string | undefined>): string {
  let out = ''
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== '') out += ` ${k}="${escapeXmlAttr(v)}"`
  }
  return out
}

/** A valid XML 1.0 NCName (for ID attributes): letters, digits, . - _ and not starting with a digit, . or -. */
export function isXmlId(s: string): boolean {
  return /^[\p{L}_][\p{L}\p{N}\p{M}._\-\u00B7\u203F\u2040]*$/u.test(s)
}
