/**
 * English closed-class words, declared once (the counterpart of zh-function-words.ts): collocates leave them
 * out unless asked, since "the", "of" and "will" keep company with every noun and tell a translator nothing.
 * Closed classes only — articles and determiners, pronouns, prepositions, conjunctions, auxiliaries and
 * modals, negation, and the adverbs that only place or grade (there, very, also) — so the list does not grow
 * with a domain. Content words that are frequent in policy prose (development, new, high) are not here.
 * Lower case, as the concordance folds words; the pieces the index cuts contractions into ("don't" → don, t)
 * are listed too.
 */
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean)

const DETERMINERS = words(
  'a an the this that these those some any no every each either neither all both half such what which whose ' +
    'another other others own same several many much more most few fewer less least enough'
)

const PRONOUNS = words(
  'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her ' +
    'hers herself it its itself they them their theirs themselves one ones who whom whoever whatever whichever ' +
    'anyone anything anybody everyone everything everybody someone something somebody nobody nothing none'
)

const PREPOSITIONS = words(
  'of in on at by for with without within from to into onto upon about above across after against along ' +
    'alongside amid amidst among amongst around as before behind below beneath beside besides between beyond ' +
    'down during except inside like near off out outside over past per since than through throughout till ' +
    'toward towards under underneath unlike until up via versus vs despite regarding concerning including'
)

const CONJUNCTIONS = words(
  'and or but nor so yet if whether because although though while whereas unless once whenever wherever ' +
    'when where why how then therefore thus hence however moreover furthermore also otherwise'
)

const AUXILIARIES = words(
  'be is am are was were been being have has had having do does did doing done will would shall should can ' +
    'could may might must ought need dare'
)

const ADVERBS = words(
  'not no never very too quite rather just only even still already yet again ever almost here there now ' +
    'then today well else instead indeed perhaps maybe often always sometimes'
)

/** What the index makes of contractions and possessives (don't → don t; China's → china s). */
const CLITICS = words('s t d ll m re ve don doesn didn isn aren wasn weren wouldn shouldn couldn')

export const EN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PRONOUNS,
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...AUXILIARIES,
  ...ADVERBS,
  ...CLITICS
])

/** Is the (lower-case) word a closed-class English word? */
export function isEnFunctionWord(word: string): boolean {
  return EN_FUNCTION_WORDS.has(word)
}
