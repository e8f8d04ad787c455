/**
 * Our own annotation of our own seed corpus (seeds/, five China Daily / Xinhua articles, 4,000 words):
 * the core policy terms a terminologist would take from them for an EN⇄ZH policy glossary, read off the
 * articles by hand. Formulae of common words ("real economy" style), -ing modifiers, inner "of"/"in",
 * coordination, possessives inside names, and the names of the bodies, plans and documents the articles
 * are about. Used by the seeds test (every one in the top 50) and by bench/mining/loop.ts.
 */
export const SEEDS_CORE_TERMS = [
  'new quality productive forces',
  'high-quality development',
  'modernized industrial system',
  'innovation-driven development strategy',
  'self-reliance and strength in science and technology',
  'strategy of invigorating China through science and education',
  'technological innovation',
  'industrial innovation',
  'sci-tech innovation',
  'strategic emerging sectors',
  'emerging industries',
  'industries of the future',
  'basic research',
  'social governance',
  'intellectual property rights',
  'Belt and Road Initiative',
  'Government Work Report',
  "National People's Congress",
  "Chinese People's Political Consultative Conference",
  'Communist Party of China Central Committee',
  'Central Military Commission',
  'China International Fair for Trade in Services'
]

/** What a translator rejects by hand at the top of the seeds' list: ages, sizes, quantities, clauses. */
export const SEEDS_NOISE: RegExp[] = [
  /\d+-year-old/,
  /square-met(?:er|re)/,
  /^[\d,.]+ /,
  /\b(?:face|faces|overcame|complement|necessitates)\b/
]
