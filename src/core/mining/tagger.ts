/**
 * Fast lexicon tagger. Each word's out-of-context tag comes from the reference table (wink-nlp's tag for the
 * word alone, built offline), unknown words get suffix rules, and a few context rules fix the ambiguities
 * that matter for noun-phrase chunking (noun/verb words after a determiner, capitalised names).
 * Why not a statistical tagger at run time: wink-nlp measured ≈1.5 s/MB, an order of magnitude short of the
 * 300k words/s target; a term miner only needs "can this word sit inside a noun phrase", which this gives.
 */
import { singular } from './lemmatize'
import type { ReferenceFrequencies } from './reference'
import type { Token } from './tokenize'

export const enum Tag {
  Noun = 1,
  Proper,
  Adj,
  Verb,
  Ing,
  Ed,
  Adv,
  Det,
  Prep,
  Conj,
  Pron,
  Aux,
  Num,
  Part,
  Other
}

const CLOSED = new Map<string, Tag>()
function closed(tag: Tag, words: string): void {
  for (const w of words.split(' ')) CLOSED.set(w, tag)
}
closed(
  Tag.Det,
  'a an the this that these those each every some any no all both either neither another ' +
    'such what which whose whatever whichever'
)
closed(
  Tag.Prep,
  'of in on at by for with from into onto upon over under about above below between among ' +
    'through throughout during before after since until till against toward towards across along around ' +
    'beyond within without via per than like amid despite behind beside besides near off out up down past ' +
    'regarding including concerning according as'
)
closed(
  Tag.Conj,
  'and or but nor yet so if because although though while whereas unless whether then ' + 'when where why how once'
)
closed(
  Tag.Pron,
  'i you he she it we they me him her us them my your his its our their mine yours hers ' +
    'ours theirs myself yourself himself herself itself ourselves themselves who whom one ones something ' +
    'anything nothing everything someone anyone everyone nobody somebody anybody everybody'
)
closed(
  Tag.Aux,
  'be is are was were been being am have has had having do does did done can could may ' +
    'might must shall should will would ought'
)
closed(Tag.Part, 'to not')
// Latin abbreviations of running text, never part of a term.
closed(Tag.Adv, 'i.e. e.g. etc cf viz')
// Days and times of day are temporal adverbials ("on Wednesday afternoon"), never part of a term.
closed(
  Tag.Adv,
  'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight ' +
    'morning afternoon evening weekend'
)
closed(
  Tag.Adv,
  'also very too just only even still already however thus therefore hence moreover ' +
    'furthermore not never always often sometimes usually here there now again almost quite rather more most ' +
    'less least much well respectively approximately nearly mostly further'
)

/** Adjectives that quantify, point or refer rather than classify: a term never starts with them. */
export const WEAK_MODIFIERS = new Set(
  (
    'other such many several various same certain last next own few ' +
    'more most much whole entire current previous recent following above further particular different ' +
    'similar possible latest total overall specific additional respective relevant usual typical'
  ).split(' ')
)

/** Adjectives of size, rank, order or value: mostly free ("important role", "major progress"), yet some
 *  of their phrases are fixed terms ("real economy", "small and medium-sized enterprises", "first level",
 *  "big data", "common prosperity"). Phrases they start are candidates, discounted (scoring.ts). */
export const GRADING_MODIFIERS = new Set(
  (
    'major main big small large good great important significant old first second third early late ' +
    'full general key average common simple real actual'
  ).split(' ')
)

const POS_TAG: Record<string, Tag> = {
  N: Tag.Noun,
  P: Tag.Proper,
  A: Tag.Adj,
  V: Tag.Verb,
  R: Tag.Adv,
  D: Tag.Det,
  I: Tag.Prep,
  C: Tag.Conj,
  O: Tag.Pron,
  X: Tag.Aux,
  M: Tag.Num,
  T: Tag.Part,
  U: Tag.Other
}

function bySuffix(w: string): Tag {
  const n = w.length
  if (n > 4 && w.endsWith('ly')) return Tag.Adv
  if (n > 5 && w.endsWith('ing')) return Tag.Ing
  if (n > 4 && w.endsWith('ed')) return Tag.Ed
  if (/(?:ous|ive|al|ic|able|ible|ful|less|ary|ar|ian)$/.test(w) && n > 4) return Tag.Adj
  return Tag.Noun
}

export interface TaggedToken extends Token {
  lower: string
  tag: Tag
  /** Possessive "'s" ending: ends a noun phrase unless a capitalised name continues. */
  possessive: boolean
  /** Written with a capital (or all capitals) where a capital is informative. */
  capital: boolean
  acronym: boolean
  /** Verb that the reference says can also be a noun ("drive", "control"). */
  nounable: boolean
  /** In a title-case heading, where capitals say nothing (see isTitleCase). */
  heading: boolean
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90
}

function lexTag(lower: string, ref: ReferenceFrequencies | null | undefined): { tag: Tag; nounable: boolean } {
  const c = CLOSED.get(lower)
  if (c !== undefined) return { tag: c, nounable: false }
  const e = ref?.words.get(lower)
  if (e) {
    let tag = POS_TAG[e.pos[0]] ?? Tag.Noun
    if (tag === Tag.Verb) {
      if (lower.endsWith('ing')) tag = Tag.Ing
      else if (lower.endsWith('ed') || (e.lemma && e.lemma !== lower && !lower.endsWith('s'))) tag = Tag.Ed
    }
    // Comparatives and superlatives grade rather than classify ("higher level", "smaller strides",
    // "easier"): they neither start a term nor stand as one; the phrase after them still can.
    if (tag === Tag.Adj && isGraded(lower, e.lemma, ref)) return { tag: Tag.Other, nounable: false }
    return { tag, nounable: e.pos.length > 1 && e.pos[1] === 'n' }
  }
  return { tag: bySuffix(lower), nounable: false }
}

function isGraded(lower: string, lemma: string | undefined, ref: ReferenceFrequencies | null | undefined): boolean {
  if (!lemma || lemma === lower || !/(?:er|est)$/.test(lower)) return false
  if (ref?.words.get(lemma)?.pos[0] !== 'A') return false
  const stem = lemma.endsWith('y') ? lemma.slice(0, -1) : lemma.endsWith('e') ? lemma.slice(0, -1) : lemma
  return lower.startsWith(stem)
}

/** Tags a hyphenated compound by its parts: "innovation-driven" adjective, "self-reliance" noun. */
function compoundTag(lower: string, ref: ReferenceFrequencies | null | undefined): Tag {
  const parts = lower.split(/[-\u2010\u2011]/)
  const last = parts[parts.length - 1]
  if (/^\d+$/.test(parts[0]) && parts.length === 2) {
    // "5-year", "14th-century", "3-blade": a classifying modifier.
    return Tag.Adj
  }
  const t = lexTag(last, ref).tag
  if (t === Tag.Ed || t === Tag.Ing || t === Tag.Adj) return Tag.Adj
  if (t === Tag.Noun || t === Tag.Proper) return Tag.Noun
  if (t === Tag.Verb) return Tag.Noun
  if (t === Tag.Adv || t === Tag.Prep || t === Tag.Part) return Tag.Adj // "follow-up", "built-in", "state-of-the-art"
  return Tag.Other
}

const HYPHEN = /[-\u2010\u2011]/
/** Ages ("51-year-old", "3-month-old") and measurements with thousands or decimals ("7,700-square-meter"). */
const QUANTITY =
  /^\d+[-\u2010\u2011](?:year|month|week|day)s?[-\u2010\u2011]old$|^\d{1,3}(?:,\d{3})+[-\u2010\u2011]|^\d+\.\d+[-\u2010\u2011]/
const ORDINAL = /^\d+(?:st|nd|rd|th)$/
const ROMAN = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV)$/
const CONTRACTION = /['\u2019](?:t|re|ll|ve|d|m)$/

/** All-capital words that are ordinary words in a heading ("PROJECT DESIGN DOCUMENT"), not acronyms. */
function isAcronym(text: string, lower: string, ref: ReferenceFrequencies | null | undefined): boolean {
  const n = text.length
  if (n < 2 || n > 10) return false
  let upper = 0
  let digits = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c >= 65 && c <= 90) upper++
    else if (c >= 48 && c <= 57) digits++
  }
  if (upper < 2 || upper + digits < (n + 1) / 2) return false
  if (upper + digits < n) return true // mixed: "NPCs", "R&D", "HAWTs"
  const e = ref?.words.get(lower)
  return !e || (n <= 4 && e.count < 2000)
}

interface Lexical {
  lower: string
  possessive: boolean
  /** [tag, capital, acronym, nounable] mid-sentence, then at a sentence start. */
  mid: [Tag, boolean, boolean, boolean]
  first: [Tag, boolean, boolean, boolean]
}

function analyse(
  text0: string,
  sentenceStart: boolean,
  lower: string,
  possessive: boolean,
  ref: ReferenceFrequencies | null | undefined
): [Tag, boolean, boolean, boolean] {
  const text = possessive ? text0.slice(0, text0.length - 2) : text0
  const c0 = text.charCodeAt(0)
  if (c0 >= 48 && c0 <= 57) {
    // An age ("51-year-old") or a measured quantity ("7,700-square-meter", "2.5-meter") describes one thing,
    // it does not classify it: a quantity, never part of a term. A round figure that names a kind of thing
    // ("20-meter circle", "3-blade rotor", "5-year plan") stays a modifier.
    if (HYPHEN.test(text) && /[a-z]{3,}/i.test(text) && !QUANTITY.test(lower))
      return [compoundTag(lower, ref), false, false, false]
    return [Tag.Num, false, false, false]
  }
  if (!possessive && CONTRACTION.test(lower)) return [Tag.Aux, false, false, false] // "don't": never in a term
  // A web or e-mail address (one token, see tokenize.ts) is no term and no part of one.
  if (lower.includes('/') || lower.includes('@') || lower.startsWith('www.')) return [Tag.Other, false, false, false]
  const acronym = isAcronym(text, lower, ref)
  const capital = acronym || (isUpper(c0) && !sentenceStart && text !== text.toUpperCase())
  const closedTag = CLOSED.get(lower)
  if (closedTag !== undefined) return [closedTag, false, false, false]
  if (acronym) return [Tag.Proper, capital, acronym, false]
  if (HYPHEN.test(lower)) return [capital ? Tag.Proper : compoundTag(lower, ref), capital, false, false]
  if (capital) return [Tag.Proper, capital, false, false]
  const lt = lexTag(lower, ref)
  // The reference (subtitles) knows some common nouns as names ("enterprises": the starship): written in
  // lower case mid-sentence, a word is not a name.
  if (lt.tag === Tag.Proper && !sentenceStart && !isUpper(c0)) return [Tag.Noun, false, false, lt.nounable]
  // Sentence-initial capitalised word unknown to the reference: most likely a name.
  if (isUpper(c0) && sentenceStart && ref && !ref.words.has(lower) && lt.tag === Tag.Noun) {
    return [Tag.Proper, false, false, lt.nounable]
  }
  return [lt.tag, false, false, lt.nounable]
}

// Lexical analysis per distinct token text, cached per reference table: corpora repeat their words, and
// the regexes and table look-ups per token were a third of the extraction time.
const LEX_CACHE = new WeakMap<object, Map<string, Lexical>>()
const NO_REF = {}
const LEX_CACHE_MAX = 400_000
let lastOwner: object | null = null
let lastCache: Map<string, Lexical> | undefined

export function lexical(text: string, ref: ReferenceFrequencies | null | undefined): Lexical {
  const owner = ref ?? NO_REF
  let cache = owner === lastOwner ? lastCache : LEX_CACHE.get(owner)
  if (!cache) LEX_CACHE.set(owner, (cache = new Map()))
  lastOwner = owner
  lastCache = cache
  let e = cache.get(text)
  if (e) return e
  const n = text.length
  const possessive = n > 2 && (text.endsWith("'s") || text.endsWith('\u2019s'))
  const base = possessive ? text.slice(0, n - 2) : text
  // Typographic apostrophes fold to ASCII so "People’s" and "People's" share a key.
  const lower = base.includes('\u2019') ? base.toLowerCase().replace(/\u2019/g, "'") : base.toLowerCase()
  e = {
    lower,
    possessive,
    mid: analyse(text, false, lower, possessive, ref),
    first: analyse(text, true, lower, possessive, ref)
  }
  if (cache.size >= LEX_CACHE_MAX) cache.clear()
  cache.set(text, e)
  return e
}

/**
 * A heading in title case ("Comparison of Results With Measured Data"): every word carries a capital, so
 * a capital says nothing of names there. Three words or more, nearly all of the words other than short
 * function words capitalised, and some of them words general English knows in lower case.
 */
function isTitleCase(tokens: Token[], ref: ReferenceFrequencies | null | undefined): boolean {
  if (!ref || tokens.length < 3) return false
  let capitals = 0
  let common = 0
  for (const t of tokens) {
    const c = t.text.charCodeAt(0)
    if (c >= 97 && c <= 122) {
      // A lower-case word other than a short function word ("of", "the", "and"): running text.
      if (t.text.length > 4 || !CLOSED.has(t.text)) return false
      continue
    }
    if (!isUpper(c)) continue
    capitals++
    const e = ref.words.get(t.text.toLowerCase())
    if (e !== undefined && e.pos[0] !== 'P' && t.text !== t.text.toUpperCase()) common++
  }
  return capitals >= 3 && common * 2 >= capitals
}

export function tagTokens(tokens: Token[], ref: ReferenceFrequencies | null | undefined): TaggedToken[] {
  const out: TaggedToken[] = new Array(tokens.length)
  const heading = isTitleCase(tokens, ref)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    const lx = lexical(t.text, ref)
    let a = t.sentenceStart || (heading && !lx.mid[2]) ? lx.first : lx.mid
    // A capitalised verb form after a colon, quote or dash, followed by a lower-case word, opens a clause
    // ("Xi Focus: Encouraging sci-tech workers"): its capital marks that start, not a name.
    if (
      a[1] &&
      t.breakBefore &&
      !a[2] &&
      isVerbForm(lx.first[0]) &&
      i + 1 < tokens.length &&
      !tokens[i + 1].breakBefore &&
      !isUpper(tokens[i + 1].text.charCodeAt(0))
    )
      a = lx.first
    out[i] = {
      text: t.text,
      start: t.start,
      end: t.end,
      breakBefore: t.breakBefore,
      sentenceStart: t.sentenceStart,
      lower: lx.lower,
      tag: a[0],
      possessive: lx.possessive,
      capital: a[1],
      acronym: a[2],
      nounable: a[3],
      heading
    }
  }
  // Context: a noun/verb word after a determiner, adjective, possessive or noun is a noun ("the drive",
  // "pitch control"); an -ing/-ed word that the reference knows as a noun stays a noun ("engineering").
  // A modal early in the sentence governs the verb phrases listed after it ("We will expand consumption,
  // and increase subsidies to farmers"): see verbSlotBefore.
  let firstModal = out.length
  for (let i = 0; i < out.length; i++) {
    if (MODALS.has(out[i].lower)) {
      firstModal = i
      break
    }
  }
  for (let i = 1; i < out.length; i++) {
    const t = out[i]
    if (t.breakBefore) continue
    const p = out[i - 1]
    const next = i + 1 < out.length && !out[i + 1].breakBefore ? out[i + 1] : null
    // A numbered ordinal before a name is part of it: "20th CPC National Congress", "14th Five-Year Plan".
    if (next !== null && next.capital && t.tag === Tag.Num && ORDINAL.test(t.text) && !p.capital) {
      t.tag = Tag.Adj
      t.capital = true
      continue
    }
    // A Roman numeral after a name belongs to it ("Grand Prix II", "World War II"); elsewhere it numbers a
    // section ("II. Major Tasks") and is a number (see the sentence-start case below the loop).
    if (t.acronym && ROMAN.test(t.text) && !p.capital) {
      t.tag = Tag.Num
      t.acronym = false
      t.capital = false
      continue
    }
    // Latin phrases used as one adjective ("per capita disposable income", "de facto standard"): their
    // first word is a preposition or unknown on its own.
    if (
      LATIN_MODIFIERS.has(p.lower + ' ' + t.lower) &&
      next !== null &&
      (next.tag === Tag.Noun || next.tag === Tag.Adj)
    ) {
      p.tag = Tag.Adj
      t.tag = Tag.Adj
      continue
    }
    // An adjective after an article that ends its phrase is used as a noun: "industries of the future", "care
    // for the elderly".
    if (
      t.tag === Tag.Adj &&
      (p.lower === 'the' || p.lower === 'a' || p.lower === 'an') &&
      !WEAK_MODIFIERS.has(t.lower) &&
      !GRADING_MODIFIERS.has(t.lower) &&
      (i + 1 >= out.length ||
        out[i + 1].breakBefore ||
        out[i + 1].tag === Tag.Prep ||
        out[i + 1].tag === Tag.Conj ||
        out[i + 1].tag === Tag.Aux)
    ) {
      t.tag = Tag.Noun
      continue
    }
    // A nominalised phrasal verb ends in its particle: "reform and opening up", "the opening up of markets".
    // The particle then closes the noun phrase (it is read as the phrase's last word); followed by an
    // object ("opening up new markets") it stays the verb's.
    if (
      t.lower === 'up' &&
      p.lower.endsWith('ing') &&
      (p.tag === Tag.Noun || p.tag === Tag.Ing) &&
      (next === null || next.lower === 'and' || next.lower === 'or' || next.lower === 'of')
    ) {
      p.tag = Tag.Noun
      t.tag = Tag.Noun
      continue
    }
    // A word after a modal ("will increase spending") is a verb; after "to", one that opens an object
    // ("to increase support for"): the phrase after it is its object, not a term with it.
    // An adverb between them changes nothing ("must significantly increase investment", "will also
    // increase"); nor does a coordination with a verb before ("will prevent and control pollution",
    // "encourage and guide nongovernmental investment").
    const before = verbSlotBefore(out, i)
    if (
      t.tag === Tag.Noun &&
      (MODALS.has(before.lower) ||
        (before.lower === 'to' && next !== null && (opensObject(next) || next.tag === Tag.Noun)) ||
        (p.lower === 'and' && before !== p && before.tag === Tag.Verb) ||
        // ", and increase subsidies" in a sentence a modal governs: one more verb phrase of its list.
        (before.lower === 'and' &&
          before.breakBefore &&
          firstModal < i - 1 &&
          next !== null &&
          !next.capital &&
          (opensObject(next) || next.tag === Tag.Noun) &&
          !(i + 2 < out.length && out[i + 2].tag === Tag.Aux))) &&
      isVerbBase(t.lower, ref)
    ) {
      t.tag = Tag.Verb
      continue
    }
    // A participle or past form after an auxiliary, a subject pronoun or a name is the verb of a clause
    // ("we have made major progress", "he recounted", "Xi urged support for…"), never a modifier.
    if (
      t.tag === Tag.Ed &&
      (p.tag === Tag.Aux ||
        (p.tag === Tag.Pron && SUBJECT_PRONOUNS.has(p.lower)) ||
        (p.tag === Tag.Proper &&
          !p.acronym &&
          !p.possessive &&
          startsWithCapital(p.text) &&
          next !== null &&
          !next.capital))
    ) {
      t.tag = Tag.Verb
      continue
    }
    // A past form between a common noun and the object it takes ("his team overcame foreign monopolies"):
    // English compounds hyphenate a participle after a noun ("state-owned", "wind-induced"), so unhyphenated
    // it is the clause's verb.
    if (
      t.tag === Tag.Ed &&
      p.tag === Tag.Noun &&
      !p.capital &&
      next !== null &&
      (opensObject(next) || next.tag === Tag.Noun)
    ) {
      t.tag = Tag.Verb
      continue
    }
    // A noun followed straight by a determiner: the verb of "X and Y complement each other", "the industry
    // faces the problem" (a noun phrase does not run on into a determiner).
    if (
      (t.tag === Tag.Noun || t.nounable) &&
      next !== null &&
      next.tag === Tag.Det &&
      OBJECT_DETERMINERS.has(next.lower) &&
      p.tag === Tag.Noun &&
      isVerbBase(t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower, ref)
    ) {
      t.tag = Tag.Verb
      continue
    }
    // Number agreement marks a clause inside what looks like a compound: a verb in -s after a singular noun
    // ("the medical industry faces hardship"), a bare verb after a plural one ("daycare services face
    // problems of…"), each followed by its object. English noun compounds take singular modifiers, so a
    // plural noun is rarely followed by a further noun of the same phrase.
    if (
      (t.tag === Tag.Noun || t.nounable) &&
      next !== null &&
      p.tag === Tag.Noun &&
      !p.capital &&
      !t.capital &&
      (isVerbBase(t.lower, ref) || (t.lower.endsWith('s') && isVerbBase(t.lower.slice(0, -1), ref)))
    ) {
      const pPlural = p.lower.endsWith('s') && singular(p.lower, ref) !== p.lower
      const tPlural = t.lower.endsWith('s') && singular(t.lower, ref) !== t.lower
      const afterNext = i + 2 < out.length ? out[i + 2] : null
      const objectEnds = afterNext === null || afterNext.breakBefore || afterNext.tag === Tag.Prep
      if (
        (!pPlural &&
          tPlural &&
          isVerbBase(t.lower.slice(0, -1), ref) &&
          next.tag !== Tag.Ed &&
          (opensObject(next) || next.tag === Tag.Other || (next.tag === Tag.Noun && objectEnds))) ||
        (pPlural &&
          !tPlural &&
          isVerbBase(t.lower, ref) &&
          next.tag === Tag.Noun &&
          next.lower.endsWith('s') &&
          objectEnds)
      ) {
        t.tag = Tag.Verb
        continue
      }
    }
    // Subject + verb + object: a noun-or-verb word right after a plural noun or a subject pronoun and
    // before a determiner, participle or adjective is the verb ("practitioners demand tailored services",
    // "they need the data"), not the head of "practitioners demand".
    if (
      (t.tag === Tag.Noun || t.nounable) &&
      next !== null &&
      opensObject(next) &&
      isSubject(p, ref) &&
      (t.nounable || isVerbBase(t.lower, ref))
    ) {
      t.tag = Tag.Verb
      continue
    }
    // A preposition or an open-class adverb between a determiner (or possessive) and a noun is used as an
    // adjective: "the inside rein", "your outside leg", "the far wake", "the back leg" (neither follows a
    // determiner directly in its own use). Closed adverbs ("the only way", "the most important") are not.
    if (
      (t.tag === Tag.Prep || (t.tag === Tag.Adv && !CLOSED.has(t.lower))) &&
      next !== null &&
      !next.capital &&
      (next.tag === Tag.Noun || next.nounable || (t.tag === Tag.Prep && next.tag === Tag.Adj)) &&
      ((p.tag === Tag.Det && p.lower !== 'that' && p.lower !== 'such') ||
        (p.tag === Tag.Pron && POSSESSIVES.has(p.lower)))
    ) {
      t.tag = Tag.Adj
      continue
    }
    // A code right after an acronym names a model or standard with it: "NACA 4412", "NACA 63-2XX",
    // "XFOIL 1.0", "IP 54" (years are left alone: "EU 2020" is a name, "CO2 2030" a target).
    if (t.tag === Tag.Num && p.acronym && p.tag === Tag.Proper && MODEL_CODE.test(t.text) && !YEAR.test(t.text)) {
      t.tag = Tag.Proper
      t.capital = true
      continue
    }
    if (!t.nounable) continue
    // "forces lies": a plural noun followed by an -s word is subject + verb, not a compound.
    if (p.tag === Tag.Noun && t.lower.endsWith('s') && p.lower.endsWith('s')) continue
    // A participle between a determiner and a capitalised (origin) adjective or name is an evaluative
    // modifier, not a noun: "a leading Chinese provider". English puts opinion and age before origin, so
    // nothing before the origin word classifies; "the flying change", "a rising trot" stay nouns.
    if (t.tag === Tag.Ing && p.tag === Tag.Det && next !== null && next.capital) continue
    if (
      p.tag === Tag.Det ||
      p.tag === Tag.Adj ||
      p.tag === Tag.Noun ||
      p.possessive ||
      (p.tag === Tag.Pron && POSSESSIVES.has(p.lower))
    )
      t.tag = Tag.Noun
  }
  if (out.length > 0 && out[0].acronym && ROMAN.test(out[0].text)) {
    out[0].tag = Tag.Num
    out[0].acronym = false
    out[0].capital = false
  }
  return out
}

/** The word a verb at i hangs on: the token before it, skipping one adverb ("must also increase") or a
 *  coordinated verb's "and" ("prevent and control": the token before "and"). */
function verbSlotBefore(out: TaggedToken[], i: number): TaggedToken {
  const p = out[i - 1]
  if (i < 2 || p.breakBefore) return p
  const pp = out[i - 2]
  if (p.tag === Tag.Adv && !p.capital) return pp
  if (p.lower === 'and' && pp.tag === Tag.Verb) return pp
  return p
}

function startsWithCapital(s: string): boolean {
  return isUpper(s.charCodeAt(0))
}

function isVerbForm(tag: Tag): boolean {
  return tag === Tag.Ing || tag === Tag.Verb || tag === Tag.Ed
}

/** Words that open a verb's object or complement, not the next word of a compound noun. */
function opensObject(t: TaggedToken): boolean {
  return (
    !t.capital &&
    (t.tag === Tag.Det ||
      t.tag === Tag.Ed ||
      t.tag === Tag.Adj ||
      t.tag === Tag.Num ||
      (t.tag === Tag.Pron && /^(?:its|their|our|his|her|my|your|them|us|him|it)$/.test(t.lower)))
  )
}

const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'you', 'he', 'she'])
const LATIN_MODIFIERS = new Set(['per capita', 'de facto', 'ad hoc', 'de jure'])
const MODALS = new Set(['will', 'shall', 'must', 'should', 'can', 'could', 'may', 'might', 'would'])
const OBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'each', 'every'])
const MODEL_CODE = /^\d[\dA-Za-z]*(?:[.-][\dA-Za-z]+)*$/
const YEAR = /^(?:1[89]|20)\d\d$/
const POSSESSIVES = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your'])

/** A plural common noun or a plural/first-person subject pronoun: what an uninflected verb follows. */
function isSubject(t: TaggedToken, ref: ReferenceFrequencies | null | undefined): boolean {
  if (t.tag === Tag.Pron) return SUBJECT_PRONOUNS.has(t.lower)
  return (
    t.tag === Tag.Noun &&
    !t.capital &&
    !t.possessive &&
    t.lower.length > 3 &&
    t.lower.endsWith('s') &&
    singular(t.lower, ref) !== t.lower
  )
}

// Base forms of verbs, from the reference's inflected verb entries ("demanded", "demanding" → "demand"):
// the table gives one tag per word, so a word tagged noun ("demand") is known to be a verb this way.
const VERB_BASES = new WeakMap<ReferenceFrequencies, Set<string>>()

function isVerbBase(lower: string, ref: ReferenceFrequencies | null | undefined): boolean {
  if (!ref) return false
  let set = VERB_BASES.get(ref)
  if (!set) {
    set = new Set()
    for (const e of ref.words.values()) if (e.pos[0] === 'V' && e.lemma) set.add(e.lemma)
    VERB_BASES.set(ref, set)
  }
  return set.has(lower)
}
