/**
 * Mutations for fuzzing importers, driven by a seeded PRNG: byte flips, truncation, tag duplication,
 * span deletion, hostile insertions (DOCTYPE with entities, `&`, `]]>`, NUL, formula payloads…),
 * encoding damage (broken UTF-8, stray BOMs), UTF-16 re-encoding, repeated regions (deep nesting).
 * Shared by the importers' fuzz tests and the fuzzing benchmark (bench/reliability/fuzz.ts).
 */
const INSERTS = [
  '<!DOCTYPE x [<!ENTITY a "b">]>',
  '<!DOCTYPE tmx [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '&e;',
  '&',
  ']]>',
  '\0',
  '<![CDATA[',
  '<!--',
  '"',
  ',',
  '\t',
  '\r\n',
  '|',
  '\\|',
  '=cmd()',
  '<tu>',
  '</tuv>',
  '<termEntry>',
  '</langSec>',
  '&#0;',
  '&#x110000;',
  '中',
  '\uFEFF'
].map((s) => Buffer.from(s, 'utf8'))
const DAMAGE = [
  Buffer.from([0xc3]),
  Buffer.from([0xff, 0xfe]),
  Buffer.from([0xfe, 0xff]),
  Buffer.from([0xe4, 0xb8]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from([0x80, 0x80, 0x80])
]

export function mutate(input: Buffer, rnd: () => number): Buffer {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]
  let s = input
  const ops = 1 + Math.floor(rnd() * 3)
  for (let k = 0; k < ops; k++) {
    const i = Math.floor(rnd() * (s.length + 1))
    switch (Math.floor(rnd() * 8)) {
      case 0: {
        // byte flips
        s = Buffer.from(s)
        for (let f = 0; f < 1 + Math.floor(rnd() * 4) && s.length > 0; f++) {
          s[Math.floor(rnd() * s.length)] = Math.floor(rnd() * 256)
        }
        break
      }
      case 1: // truncation
        s = s.subarray(0, i)
        break
      case 2: {
        // duplicate a tag (or a line, for tables) somewhere else
        const open = s.indexOf('<', i)
        const end = open < 0 ? s.indexOf('\n', i) : s.indexOf('>', open)
        if (end > 0) {
          const j = Math.floor(rnd() * (s.length + 1))
          s = Buffer.concat([s.subarray(0, j), s.subarray(open < 0 ? i : open, end + 1), s.subarray(j)])
        }
        break
      }
      case 3: // delete a span
        s = Buffer.concat([s.subarray(0, i), s.subarray(i + 1 + Math.floor(rnd() * 60))])
        break
      case 4: // hostile insertion
        s = Buffer.concat([s.subarray(0, i), pick(INSERTS), s.subarray(i)])
        break
      case 5: // encoding damage
        s = Buffer.concat([s.subarray(0, i), pick(DAMAGE), s.subarray(i)])
        break
      case 6: // re-encode as UTF-16 (with or without BOM), possibly cut on an odd byte
        s = Buffer.concat([
          rnd() < 0.5 ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0),
          Buffer.from(s.toString('utf8'), 'utf16le')
        ])
        if (rnd() < 0.3) s = s.subarray(0, s.length - 1)
        break
      default: // repeat a region (a duplicated entry, or a deep nesting when it is an opening tag)
        s = Buffer.concat([
          s.subarray(0, i),
          Buffer.concat(Array(2 + Math.floor(rnd() * 20)).fill(s.subarray(i, i + 1 + Math.floor(rnd() * 40)))),
          s.subarray(i)
        ])
    }
  }
  return s
}
