import { useTranslation } from 'react-i18next'

import type { CandidateRow, ContextLine } from '../../../../shared/models'
import { formatNumber } from '../../lib/format'
import { formatScore } from './candidate-format'
import { ContextSentences } from './context-sentences'
import { ReviewButtons } from './review-buttons'
import type { ReviewVerb } from './use-review-actions'

interface DetailProps {
  /** The candidate under the cursor; its buttons act on it alone, whatever rows are ticked. */
  current: CandidateRow
  contexts: ContextLine[] | null
  onReview: (verb: ReviewVerb, candidate: CandidateRow) => void
  onOpenConcept: (conceptId: number) => void
}

/** The pane beside the list: one candidate's figures, variants and contexts, and its review buttons. */
export function CandidateDetail({ current, contexts, onReview, onOpenConcept }: DetailProps) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  return (
    <>
      <header className="detail-header">
        <h2 className="detail-title" lang={current.lang === 'zh' ? 'zh-CN' : 'en'}>
          {current.term}
        </h2>
        <ReviewButtons current={current} onReview={onReview} onOpenConcept={onOpenConcept} />
      </header>
      <p className="detail-stats" data-testid="candidate-stats">
        <span className={`kind-tag kind-${current.kind}`}>{t(`mining.kind.${current.kind}`)}</span> ·{' '}
        {t('mining.stats', {
          freq: formatNumber(current.freq, locale),
          docs: formatNumber(current.docs, locale),
          score: formatScore(current.score, locale)
        })}
      </p>
      {current.variants.length > 0 && (
        <p className="detail-variants" data-testid="candidate-variants">
          {t('mining.column.variants')}: {current.variants.join(' · ')}
        </p>
      )}
      <h3 className="section-title">{t('mining.contexts')}</h3>
      {contexts === null ? <div className="loading">{t('common.loading')}</div> : <ContextSentences lines={contexts} />}
    </>
  )
}
