// Prints the miner's tags for sentences (debugging the tagger). Usage: npx tsx bench/mining/tags.ts 'sentence' …
import { tagTokens } from '../../src/core/mining/tagger'
import { tokenize } from '../../src/core/mining/tokenize'
import { loadReference } from './corpus-files'

const NAMES = ['', 'N', 'P', 'A', 'V', 'Ing', 'Ed', 'Adv', 'Det', 'Prep', 'Conj', 'Pron', 'Aux', 'Num', 'Part', 'X']
const ref = loadReference()
for (const s of process.argv.slice(2)) {
  console.log(
    tagTokens(tokenize(s), ref)
      .map((t) => `${t.breakBefore ? '| ' : ''}${t.text}/${NAMES[t.tag]}${t.capital ? '^' : ''}`)
      .join(' ')
  )
}
