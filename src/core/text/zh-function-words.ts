/**
 * Chinese closed-class words, declared once: the term miner keeps them off the edges of candidates (a term
 * never starts or ends with 的, 和, 在, 是, 了…), and word-level collocates leave them out. Whole words as a
 * segmenter cuts them; 中和 or 目的 are other words and unaffected.
 *
 * Closed classes only (particles, conjunctions, prepositions, pronouns, modal and aspect auxiliaries, degree,
 * time and manner adverbs, localisers), so the lists do not grow with a domain. Content words that open or
 * close policy terms (全面, 共同, 积极, 基本, 依法, 非, 稳) are deliberately absent.
 */
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean)

/** Structural, aspect and modal particles. */
const PARTICLES = words('的 地 得 之 所 了 着 过 吗 呢 吧 啊 嘛 呀 哦 么 罢了 而已 似的 一样 般')

/** Conjunctions (and coordinating adverbs that join clauses). */
const CONJUNCTIONS = words(
  '和 与 及 以及 或 或者 或是 并 并且 而 而且 且 但 但是 可是 然而 如果 假如 若 因为 由于 所以 因此 因而 虽然 尽管 ' +
    '还是 既 又 同时 以便 从而 进而 以免 否则 不仅 不但 只有 只要 除非 无论 不论 即使 即便 于是 然后 并且'
)

/** Prepositions and coverbs. */
const PREPOSITIONS = words(
  '在 对 把 被 将 从 向 于 由 给 为 为了 以 按 按照 根据 依照 依据 通过 关于 对于 随着 经过 围绕 针对 比 跟 同 ' +
    '朝 往 沿 沿着 自 自从 至 到 直到 当 趁 除 除了 让 使 令 叫 替 凭 据'
)

/** Pronouns, demonstratives and determiners. */
const PRONOUNS = words(
  '我 我们 你 你们 您 他 他们 她 她们 它 它们 咱们 大家 自己 这 那 这些 那些 这个 那个 这种 那种 这样 那样 这里 ' +
    '那里 这么 那么 其 其中 其他 其它 其余 本 各 每 该 此 某 某些 哪 哪些 什么 怎么 怎样 如何 为何 谁 各个 各自 ' +
    '一切 所有 任何 另 另外 我国 我省 我市 本次 各位 诸位 各项 各类 各种 各方 各地 各国 诸多 若干'
)

/** Copula, modal and aspect auxiliaries. */
const AUXILIARIES = words(
  '是 有 要 会 能 能够 可 可以 可能 应 应该 应当 须 必须 需 需要 得以 将要 正在 已 已经 曾 曾经 未 尚 尚未 没 没有 ' +
    '不 别 莫 勿 无'
)

/** Degree, time, frequency and manner adverbs that modify a predicate, never name a concept (大力, 着力, 扎实:
 *  the manner adverbs of policy prose; 全面, 依法, 积极 open terms too and are not here). */
const ADVERBS = words(
  '很 更 更加 最 最为 较 较为 比较 十分 非常 极 极其 特别 尤其 太 挺 颇 越 越来越 愈 愈加 都 就 也 还 再 又 才 ' +
    '仍 仍然 依然 一直 始终 总是 常 常常 经常 往往 逐步 逐渐 日益 进一步 不断 切实 努力 认真 坚决 继续 持续 ' +
    '基本上 总体上 大约 约 近 共 仅 只 光 几乎 均 皆 全都 一律 分别 相继 先后 陆续 纷纷 及时 尽快 立即 马上 ' +
    '大力 着力 全力 扎实 稳步 稳妥 充分 深入 广泛 更好 更大 更多 有力 不再 并不 决不 绝不'
)

/** Localisers that close a place or time phrase (过程中, 基础上, 以来). */
const LOCALISERS = words(
  '上 中 下 里 内 外 前 后 间 旁 以上 以下 以内 以外 以前 以后 以来 之间 之中 之内 之外 之后 之前 方面'
)

/**
 * Function words that are also productive prefixes of terms, cut off by the segmenter (自/贸/试验区,
 * 再/就业, 无/人机): they may start a candidate, never end one.
 */
const PREFIXES = new Set(words('自 再 无'))

/** Words a term never starts with. */
export const ZH_NO_START: ReadonlySet<string> = new Set(
  [
    ...PARTICLES,
    ...CONJUNCTIONS,
    ...PREPOSITIONS,
    ...PRONOUNS,
    ...AUXILIARIES,
    ...ADVERBS,
    // Measure-like counters and "etc." cannot open a term either.
    ...words('等 等等 们 个 些 次 种')
  ].filter((w) => !PREFIXES.has(w))
)

/** Words a term never ends with. */
export const ZH_NO_END: ReadonlySet<string> = new Set([
  ...PARTICLES,
  ...CONJUNCTIONS,
  ...PREPOSITIONS,
  ...PRONOUNS,
  ...AUXILIARIES,
  ...ADVERBS,
  ...LOCALISERS,
  ...words('等 等等')
])

/**
 * Classifiers and units of measure (a closed class too): after a number they are part of a quantity (152.6万亩,
 * 2.17万亿美元, 924亿美元), so a candidate never starts with one.
 */
export const ZH_MEASURES: ReadonlySet<string> = new Set(
  words(
    '个 项 种 类 批 件 条 座 所 处 台 辆 架 艘 部 本 份 层 段 点 成 届 期 轮 场 套 列 趟 只 头 张 篇 支 股 句 位 名 ' +
      '人 户 家 元 角 分 万 亿 万亿 千 百 十 余 多 来 年 月 日 天 号 时 秒 周 岁 次 倍 吨 斤 公斤 千克 亩 公顷 ' +
      '公里 千米 米 平方米 平方公里 立方米 千瓦 千瓦时 瓦 度 升 美元 亿元 万元 亿美元 万吨 万亩 万人 亿吨 万户 ' +
      '万千瓦 百分点 个百分点 余万 多万 多亿'
  )
)

/** Closed-class words of any kind (for collocates and other word counts that want content words only). */
export const ZH_FUNCTION_WORDS: ReadonlySet<string> = new Set([...ZH_NO_START, ...ZH_NO_END])

export function isZhFunctionWord(word: string): boolean {
  return ZH_FUNCTION_WORDS.has(word)
}
