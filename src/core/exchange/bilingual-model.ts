/**
 * What the bilingual readers (XLIFF 1.2 and its SDLXLIFF/MQXLIFF dialects, XLIFF 2.x, TMX, CSV/TSV/XLSX
 * tables) turn a translator's file into: one unit per translatable segment, its source and target as plain
 * text with inline codes kept as numbered placeholders (see inline-codes.ts).
 */

/** The kinds of bilingual file Shuyu reads (for messages and the report). */
export const BILINGUAL_FORMATS = ['xliff', 'sdlxliff', 'mqxliff', 'xliff2', 'tmx', 'csv', 'tsv', 'xlsx'] as const
export type BilingualFormat = (typeof BILINGUAL_FORMATS)[number]

export interface BilingualUnit {
  /**
   * The unit as the file names it: the trans-unit's or unit's id (`id#segment` when it holds several
   * segments; for SDLXLIFF the segment number Trados Studio shows), a TMX tuid (else the tu's position),
   * a table's id column (else its row number).
   */
  id: string
  /** 1-based line (row, for a spreadsheet) where the unit starts. */
  line: number
  /** Language tags as the file gives them ('' when it does not say). */
  srcLang: string
  tgtLang: string
  source: string
  /** null when the unit has no target at all; '' when the target is empty. */
  target: string | null
  /** The workflow state as written: XLIFF state, SDL conf, memoQ status ('' when none). */
  state: string
  /**
   * The state says the target is not a translation yet (XLIFF 1.2 new/needs-translation, XLIFF 2 initial,
   * memoQ NotStarted, an SDL segment without a confirmation level).
   */
  notTranslatedState: boolean
  /** translate="no" on the unit or an enclosing group or file. */
  translate: boolean
}
