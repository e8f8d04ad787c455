/** Translation-memory algorithms (pure): fuzzy matching, its n-gram index, term recognition, alignment, equivalents. */
export * from './fuzzy'
export * from './ngram-keys'
export * from './ngram-index'
export * from './term-recognition'
export * from './align'
export { lightStem } from './light-stem'
export { detectMatchLang, foldToken, tokenizeWithOffsets, type MatchToken } from './match-tokens'
export * from './suggest-equivalents'
