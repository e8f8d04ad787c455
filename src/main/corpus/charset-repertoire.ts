/**
 * The characters a legacy CJK charset puts in its "frequent" block, derived from the charset itself
 * (iconv-lite decodes every byte pair of the block once, on first use):
 * - GB2312 level 1: the 3,755 most used hanzi, lead bytes 0xB0–0xD7 (B0A1 啊 … D7F9 座);
 * - Big5 frequent: the 5,401 常用字, lead bytes 0xA4–0xC6 (A440 一 … C67E 籲);
 * - JIS X 0208 level 1 kanji in Shift-JIS: lead bytes 0x88–0x98 (889F 亜 … 9872 腕), plus kana.
 * Text really written in a charset draws nearly all its characters from that block; bytes of another
 * charset decoded with it land all over the code space (GBK 坚持 read as Big5 gives 澄厥, Big5 text
 * read as GBK gives user-defined and kana codes), which is what legacy-encoding.ts measures.
 */
import iconv from 'iconv-lite'

export type CjkCharset = 'gb18030' | 'big5' | 'shift_jis'

interface Block {
  leads: [number, number]
  trails: Array<[number, number]>
  /** The block's last code (Big5's ends at C67E; what iconv-lite maps after it is not 常用字). */
  last: number
}

const BLOCKS: Record<CjkCharset, Block> = {
  gb18030: { leads: [0xb0, 0xd7], trails: [[0xa1, 0xfe]], last: 0xd7f9 },
  big5: {
    leads: [0xa4, 0xc6],
    trails: [
      [0x40, 0x7e],
      [0xa1, 0xfe]
    ],
    last: 0xc67e
  },
  shift_jis: {
    leads: [0x88, 0x98],
    trails: [
      [0x40, 0x7e],
      [0x80, 0xfc]
    ],
    last: 0x9872
  }
}

/** Punctuation and full-width forms any CJK text uses, whatever its charset. */
const CJK_PUNCTUATION = '，。、；：？！“”‘’（）《》〈〉【】「」『』〔〕—…·％　～・ー々〇'

const cache = new Map<CjkCharset, Set<number>>()

/** Code points of the frequent block of `charset`. */
export function frequentCharacters(charset: CjkCharset): Set<number> {
  const known = cache.get(charset)
  if (known) return known
  const set = new Set<number>()
  const { leads, trails, last } = BLOCKS[charset]
  const pair = Buffer.alloc(2)
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [lo, hi] of trails) {
      for (let trail = lo; trail <= hi && ((lead << 8) | trail) <= last; trail++) {
        pair[0] = lead
        pair[1] = trail
        const ch = iconv.decode(pair, charset)
        const code = ch.codePointAt(0) ?? 0
        // Only ideographs: a block's unassigned codes decode to U+FFFD or private-use characters.
        if (ch.length === 1 && code >= 0x4e00 && code <= 0x9fff) set.add(code)
      }
    }
  }
  cache.set(charset, set)
  return set
}

/** Whether `code` is a common character of text written in `charset`. */
export function isCommonIn(charset: CjkCharset, code: number): boolean {
  if (frequentCharacters(charset).has(code)) return true
  if (CJK_PUNCTUATION.includes(String.fromCharCode(code))) return true
  // Full-width ASCII forms (５Ｇ, ＡＢＣ) appear in all three.
  if (code >= 0xff01 && code <= 0xff5e) return true
  // Kana are the everyday script of Japanese text.
  return charset === 'shift_jis' && code >= 0x3041 && code <= 0x30ff
}
