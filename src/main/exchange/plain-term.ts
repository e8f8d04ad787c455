/**
 * Terms that `normalizeTerm` returns unchanged and `termProblem` accepts: lower-case ASCII letters,
 * digits, a little ASCII punctuation, CJK unified ideographs, single inner spaces,
 * at least one letter or digit, at most 500 characters. NFKC, lower-casing and the hyphen/quote/space
 * folds cannot change such text, so the importer skips both calls for it: they were a fifth of its
 * own time on a 100,000-concept file, where nearly every term is of this kind.
 */
const PLAIN =
  /^(?=.*[a-z0-9\u3400-\u4dbf\u4e00-\u9fff])(?! )(?:[a-z0-9.,;:!?()/&+#%\u3400-\u4dbf\u4e00-\u9fff]| (?=[^ ]))+$/

export function isPlainTerm(text: string): boolean {
  return text.length <= 500 && PLAIN.test(text)
}
