// Why is a phrase where it is? Mines a folder as the app imports it and prints, per asked phrase (its group
// key: lower-case, hyphens as spaces, head singular), the miner's statistics and score parts and its rank
// in the full scored list. Usage: npx tsx bench/mining/why.ts DIR 'key one;key two'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

import { mineDocuments, type MiningDocument } from '../../src/core/mining/index'
import { DEFAULT_SCORE_PARAMS, scoreAll } from '../../src/core/mining/scoring'
import { findCandidate, hashSeq, keyOf, surfacesOf } from '../../src/core/mining/stats'
import { readDocument } from '../../src/main/corpus/read-document'
import { loadReference } from './corpus-files'

async function main(): Promise<void> {
  const [dir, keys] = process.argv.slice(2)
  const reference = loadReference()
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  let seg = 0
  const docs: MiningDocument[] = []
  for (const [i, f] of files.entries()) {
    const d = await readDocument(join(dir, f))
    docs.push({ id: i + 1, segments: d.segments.map((s) => ({ id: seg++, text: s.text })) })
  }
  const stats = mineDocuments(docs, { reference })
  const scored = scoreAll(stats, reference, DEFAULT_SCORE_PARAMS)
  const rankOf = new Map(scored.map((s, r) => [s.i, r + 1]))
  const cut = Math.round(7 * Math.sqrt(stats.words))
  console.log(`words ${stats.words}, candidates ${stats.size}, scored ${scored.length}, cut rank ${cut}`)
  for (const key of keys.split(';')) {
    const ids = key.split(' ').map((w) => stats.vocabIndex.get(w) ?? -1)
    const i = ids.includes(-1) ? -1 : findCandidate(stats, hashSeq(ids, 0, ids.length), ids, 0, ids.length)
    if (i < 0) {
      console.log(`${key}: not a candidate${ids.includes(-1) ? ' (unknown word)' : ''}`)
      continue
    }
    const s = scored.find((x) => x.i === i)
    console.log(
      `${keyOf(stats, i)} [${surfacesOf(stats, i).join('|')}] kind ${stats.kind[i]} freq ${stats.freq[i]} docs ${stats.docs[i]} ` +
        `standalone ${stats.standalone[i]} caps ${stats.capitalised[i]} ` +
        `cues ${Array.from(stats.cues.slice(i * 4, i * 4 + 4)).join('/')} ` +
        (s
          ? `rank ${rankOf.get(i)} score ${s.score.toFixed(3)} termhood ${s.termhood.toFixed(2)} cvalue ${s.cvalue.toFixed(2)} parents ${s.parents}`
          : 'score ≤ 0')
    )
    for (const w of ids) {
      const c = stats.wordCues.slice(w * 3, w * 3 + 3)
      if (c[2] > 0)
        console.log(
          `   -ing word ${stats.vocab[w]}: modifier ${c[0]} verbal ${c[1]} of ${c[2]} (count ${stats.wordCount[w]})`
        )
    }
    if (process.env.PARENTS) {
      const mine = keyOf(stats, i)
      for (let j = 0; j < stats.size; j++) {
        if (j !== i && stats.n[j] > stats.n[i] && ` ${keyOf(stats, j)} `.includes(` ${mine} `)) {
          console.log(`   in: ${keyOf(stats, j)} (freq ${stats.freq[j]}, kind ${stats.kind[j]})`)
        }
      }
    }
  }
}
void main()
