/**
 * Chinese word segmentation as core sees it: pure text in, words with offsets (and part-of-speech tags
 * when the implementation has them) out. Core code and its tests take a Segmenter as an argument; main
 * supplies the native one (jieba), so core stays free of native modules and I/O.
 */
export interface SegmentedWord {
  /** The word as it stands in the text. */
  text: string
  /** Offsets into the input, end exclusive (UTF-16 code units, as String.slice uses). */
  start: number
  end: number
  /** Part-of-speech tag (jieba/ICTCLAS tag set: n, v, vn, nr, ns, nt, x…), '' when unknown. */
  tag: string
}

export interface Segmenter {
  /** Words of the text in order, covering it without gaps (punctuation and spaces are words too). */
  segment(text: string): SegmentedWord[]
  /**
   * Optional fast path: the same words' texts only, in order, concatenating to the text exactly (a well-formed
   * text; offsets are the running sum of lengths). For hot loops (mining reads every word of a corpus), where
   * an object per word costs more than the segmentation.
   */
  words?(text: string): string[]
}
