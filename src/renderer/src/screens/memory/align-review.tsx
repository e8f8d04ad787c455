import { useTranslation } from 'react-i18next'

import { formatNumber } from '../../lib/format'
import { linksToSave, lowOverallConfidence } from './align-edit'
import { AlignLinks } from './align-links'
import type { Alignment, AlignmentState } from './use-alignment'

/** The proposed links under review: how many and how sure, undo of the last edit, Save, and the links. */
export function AlignReview({ aligner, alignment }: { aligner: AlignmentState; alignment: Alignment }) {
  const { t, i18n } = useTranslation()
  const n = (value: number) => formatNumber(value, i18n.language)
  const savable = linksToSave(alignment.links, alignment.sentences).length
  return (
    <>
      <div className="screen-toolbar">
        <p className="screen-summary" data-testid="align-summary">
          {t('memory.align.summary', {
            count: alignment.links.length,
            n: n(alignment.links.length),
            confidence: n(Math.round(alignment.confidence * 100))
          })}
        </p>
        <button type="button" className="button" disabled={!aligner.canUndo} onClick={aligner.undoEdit}>
          {t('memory.align.undoEdit')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-testid="align-save"
          disabled={aligner.busy || savable === 0}
          onClick={aligner.save}
        >
          {t('memory.align.save', { count: savable, n: n(savable) })}
        </button>
      </div>
      {alignment.confidence < lowOverallConfidence && (
        <div className="notice" role="alert" data-testid="align-warning">
          {t('memory.align.lowConfidence')}
        </div>
      )}
      <AlignLinks links={alignment.links} sentences={alignment.sentences} onChange={aligner.edit} />
    </>
  )
}
