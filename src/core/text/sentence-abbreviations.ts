/**
 * Word lists the English sentence splitter consults. Lower-case, without the final dot; dotted
 * acronyms ("u.s", "e.g") are recognised by shape, not listed, except where they never end a sentence.
 */

/** Never end a sentence: titles before names, and Latin "for example" forms. */
export const ALWAYS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mme', 'messrs', 'dr', 'prof', 'gen', 'col', 'lt', 'capt', 'sgt', 'cmdr', 'adm', 'maj',
  'rev', 'hon', 'sen', 'rep', 'gov', 'pres', 'supt', 'amb', 'e.g', 'i.e', 'cf', 'viz', 'vs', 'approx', 'esp',
  'incl', 'ca', 'mt', 'ft'
])

/** Do not end a sentence when a number follows: "No. 1", "Sept. 4", "Art. 12", "p. 5". */
export const DIGIT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'art', 'arts', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'sec', 'ch', 'chap', 'para', 'ed',
  'tel', 'ext', 'op', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'
])

/**
 * May end a sentence ("... of Huawei Co. The firm ..."), but usually do not: the splitter only
 * breaks after these when the next word is a typical sentence opener.
 */
export const ENDING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'co', 'corp', 'inc', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'st', 'ave', 'rd', 'blvd', 'dept', 'univ',
  'assn', 'govt', 'intl', 'natl'
])

/** Capitalised words that commonly open an English sentence. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'we', 'they', 'i', 'you',
  'his', 'her', 'our', 'their', 'my', 'your', 'there', 'here', 'in', 'on', 'at', 'by', 'for', 'from',
  'with', 'without', 'to', 'of', 'as', 'after', 'before', 'during', 'since', 'until', 'when', 'while',
  'where', 'what', 'who', 'which', 'why', 'how', 'but', 'and', 'or', 'so', 'yet', 'if', 'although',
  'though', 'however', 'meanwhile', 'moreover', 'furthermore', 'also', 'besides', 'then', 'thus',
  'therefore', 'today', 'yesterday', 'now', 'according', 'some', 'many', 'most', 'all', 'both', 'each',
  'every', 'not', 'one', 'another', 'such', 'other', 'last', 'next', 'first', 'over', 'under', 'among',
  'despite', 'more', 'only', 'still', 'even', 'through', 'earlier', 'later', 'because', 'further',
  'overall', 'instead', 'indeed', 'similarly', 'additionally', 'nevertheless', 'currently', 'recently',
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'will', 'should', 'would', 'could', 'let'
])

/** Verbs that attribute a quotation to its speaker ("...?” Xi asked."). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'noted', 'notes', 'stressed', 'stresses', 'emphasized',
  'emphasised', 'emphasizes', 'told', 'tells', 'replied', 'replies', 'answered', 'recalled', 'explained',
  'remarked', 'wondered', 'exclaimed', 'urged', 'continued', 'responded', 'joked', 'insisted', 'wrote'
])
