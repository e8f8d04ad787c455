/**
 * A Latin pinyin query → the syllable sequences it can spell. Spaces, apostrophes, hyphens and tone
 * digits are hard boundaries; a run of letters between them is split over the set of valid
 * syllables. A run can often be split more than one way (xian = xian | xi'an, fangan = fang'an |
 * fan'gan): every split is kept (up to a bound), the greedy longest-first split first, so the
 * caller can look all of them up and let corpus frequency decide.
 * Tones: tone marks (xīn) or digits after a syllable (xin1; 5 or 0 = neutral) are honoured per
 * syllable; a syllable typed without one matches any tone. ü may be typed as ü, v or u:.
 */
import { QueryError } from './query-error'

/** One syllable of a split: toneless spelling (ü as v) and its tone (0 = neutral, null = any). */
export interface PinyinSyllable {
  syl: string
  tone: number | null
}

// Standard Mandarin syllables (ü written v), plus the rare ones pinyin-pro's readings use. The
// interjections m, n, ng, hm, hng are left out: as split pieces they would only add noise.
const SYLLABLES = `a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang
cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun
chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou
du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong
gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui
hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong
kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu
lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa
pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu
qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su
suan sui sun suo ta tai tan tang tao te tei teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan
wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin
ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen
zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`

export const PINYIN_SYLLABLES: ReadonlySet<string> = new Set(SYLLABLES.split(/\s+/))

/** Longest syllable (zhuang, chuang, shuang): the splitter never looks further ahead. */
const MAX_SYLLABLE = 6
/** Splits kept per query (all runs together): enough for real ambiguity, bounded for long input. */
export const MAX_SPLITS = 16
/** Syllables per query: a phrase (全面建设社会主义现代化国家 is 14), not a paragraph. */
export const MAX_SYLLABLES = 24

// Tone-marked vowels → base letter + tone. ü forms map to v.
const MARKS: Record<string, [string, number]> = {}
for (const [base, marked] of [
  ['a', 'āáǎà'],
  ['e', 'ēéěè'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['v', 'ǖǘǚǜ'],
  ['m', 'ḿ'],
  ['n', 'ńňǹ']
] as const) {
  ;[...marked].forEach((ch, i) => (MARKS[ch] = [base, base === 'm' ? 2 : base === 'n' ? [2, 3, 4][i] : i + 1]))
}

/** A run of letters between hard boundaries, with the tones typed inside it. */
interface Run {
  letters: string
  /** Tone mark at letter index → tone. */
  marks: Map<number, number>
  /** Tone digit typed right after the run (applies to its last syllable). */
  digit: number | null
}

/** Whether the query is Latin text a pinyin lookup could read (letters, tones, separators). */
export function looksLikePinyin(raw: string): boolean {
  return /^[\sa-zA-ZüÜ:'’\-0-5āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ]+$/u.test(raw.normalize('NFC')) && /[a-z]/i.test(raw)
}

function runsOf(raw: string): Run[] {
  const text = raw.normalize('NFC').toLowerCase().replace(/u:/g, 'v').replace(/ü/g, 'v')
  const runs: Run[] = []
  let cur: Run = { letters: '', marks: new Map(), digit: null }
  const end = (): void => {
    if (cur.letters) runs.push(cur)
    cur = { letters: '', marks: new Map(), digit: null }
  }
  for (const ch of text) {
    if (/[a-z]/.test(ch)) cur.letters += ch
    else if (MARKS[ch]) {
      cur.marks.set(cur.letters.length, MARKS[ch][1])
      cur.letters += MARKS[ch][0]
    } else if (/[0-5]/.test(ch)) {
      if (!cur.letters) throw notPinyin(raw)
      cur.digit = ch === '5' ? 0 : Number(ch)
      end()
    } else end()
  }
  end()
  return runs
}

function notPinyin(raw: string): QueryError {
  return new QueryError(
    'not-pinyin',
    `“${raw.length > 40 ? raw.slice(0, 40) + '…' : raw}” is not pinyin: type syllables such as ` +
      '“xinzhi shengchanli” or “xin1 zhi4”, or turn the pinyin option off.'
  )
}

/** ü spelled u after l/n (lue, nue) is a common typing of lüe, nüe: accept it. */
function canonical(syl: string): string {
  return syl === 'lue' ? 'lve' : syl === 'nue' ? 'nve' : syl
}

function isSyllable(s: string): boolean {
  return PINYIN_SYLLABLES.has(canonical(s))
}

/**
 * Every way to split `letters` into valid syllables, at most `max`, each as its piece lengths.
 * Order: splits that respect the spelling rule "a syllable starting with a, o or e inside a word
 * takes an apostrophe" (so zhange = zhan'ge, fangan = fan'gan, not zhang'e, fang'an) first, then
 * the rest; within each, the order of a greedy search (longest syllable first, backtracking).
 * Splits breaking the rule stay: people type fangan for 方案 (fang'an).
 */
export function syllableSplits(letters: string, max = MAX_SPLITS): number[][] {
  const all = allSplits(letters, max * 4)
  const breaks = (lens: number[]): number => {
    let n = 0
    for (let i = 1, at = lens[0]; i < lens.length; at += lens[i], i++) if ('aoe'.includes(letters[at])) n++
    return n
  }
  return all
    .map((lens, i) => ({ lens, i, bad: breaks(lens) > 0 ? 1 : 0 }))
    .sort((a, b) => a.bad - b.bad || a.i - b.i)
    .slice(0, max)
    .map((x) => x.lens)
}

function allSplits(letters: string, max: number): number[][] {
  const out: number[][] = []
  // Memo: positions from which the rest cannot be split (prunes hopeless backtracking).
  const dead = new Set<number>()
  const walk = (at: number, acc: number[]): boolean => {
    if (at === letters.length) {
      out.push([...acc])
      return true
    }
    if (dead.has(at)) return false
    let any = false
    for (let len = Math.min(MAX_SYLLABLE, letters.length - at); len >= 1 && out.length < max; len--) {
      if (!isSyllable(letters.slice(at, at + len))) continue
      acc.push(len)
      if (walk(at + len, acc)) any = true
      acc.pop()
    }
    if (!any) dead.add(at)
    return any
  }
  walk(0, [])
  return out
}

/**
 * The preferred split (greedy longest-first with backtracking, among the splits that respect the
 * apostrophe rule when there are any), or null when the letters are not pinyin.
 */
export function splitPinyin(letters: string): string[] | null {
  const first = syllableSplits(letters.toLowerCase(), 1)[0]
  if (!first) return null
  const out: string[] = []
  let at = 0
  for (const len of first) {
    out.push(canonical(letters.slice(at, at + len)))
    at += len
  }
  return out
}

/**
 * The syllable sequences a query can spell, the greedy one first, fewest syllables next.
 * Throws QueryError 'not-pinyin' when no run can be split (qqq, hello, Chinese characters).
 */
export function parsePinyin(raw: string, max = MAX_SPLITS): PinyinSyllable[][] {
  if (!looksLikePinyin(raw)) throw notPinyin(raw)
  const runs = runsOf(raw)
  if (runs.length === 0) throw notPinyin(raw)
  let seqs: PinyinSyllable[][] = [[]]
  for (const run of runs) {
    const options = syllableSplits(run.letters, max)
      .map((lens) => syllablesOf(run, lens))
      .filter((s): s is PinyinSyllable[] => s !== null)
    if (options.length === 0) throw notPinyin(raw)
    const next: PinyinSyllable[][] = []
    for (const seq of seqs) for (const opt of options) if (next.length < max) next.push([...seq, ...opt])
    seqs = next
  }
  if (seqs[0].length > MAX_SYLLABLES) {
    throw new QueryError('too-long', `A pinyin lookup takes at most ${MAX_SYLLABLES} syllables.`)
  }
  // The preferred split stays first; the others by fewest syllables (stable sort).
  return [seqs[0], ...seqs.slice(1).sort((a, b) => a.length - b.length)]
}

/** Pieces of a run with their tones; null when a piece carries two tones (a typo, not a split). */
function syllablesOf(run: Run, lens: number[]): PinyinSyllable[] | null {
  const out: PinyinSyllable[] = []
  let at = 0
  for (const [k, len] of lens.entries()) {
    let tone: number | null = null
    for (let i = at; i < at + len; i++) {
      const mark = run.marks.get(i)
      if (mark === undefined) continue
      if (tone !== null) return null
      tone = mark
    }
    if (k === lens.length - 1 && run.digit !== null) {
      if (tone !== null && tone !== run.digit) return null
      tone = run.digit
    }
    out.push({ syl: canonical(run.letters.slice(at, at + len)), tone })
    at += len
  }
  return out
}

/** "xin1 zhi" style text of a syllable sequence (for messages and the UI). */
export function formatSyllables(seq: readonly PinyinSyllable[]): string {
  return seq.map((s) => s.syl.replace(/v/g, 'ü') + (s.tone === null ? '' : String(s.tone))).join(' ')
}
