import { useTranslation } from 'react-i18next'

import type { RecognisedTerm, TermStatus } from '../../../../shared/models'
import { TermStatusBadge } from '../../components/term-status-badge'

/** One rendering: the preferred one plain and green; the others carry their status as a badge, and
 *  the ones to avoid (deprecated, forbidden) are struck through. */
function Rendering({ text, status }: { text: string; status: TermStatus }) {
  const avoid = status === 'deprecated' || status === 'forbidden'
  const Tag = avoid ? 's' : 'span'
  return (
    <span className="rendering-item" data-testid={`rendering-${status}`}>
      <Tag className={`rendering rendering-${status}`} lang="zh-CN">
        {text}
      </Tag>
      {status !== 'preferred' && <TermStatusBadge status={status} />}
    </span>
  )
}

/** The term base's terms found in the sentence, each with its renderings. */
export function RecognisedTerms({ terms }: { terms: RecognisedTerm[] }) {
  const { t } = useTranslation()
  return (
    <section className="recognised" aria-labelledby="recognised-title" data-testid="recognised-terms">
      <h3 className="section-title" id="recognised-title">
        {t('memory.match.terms')}
      </h3>
      <ul className="stack-list">
        {terms.map((term, index) => (
          <li
            key={`${term.conceptId}-${term.start}-${index}`}
            className="recognised-term"
            data-testid="recognised-term"
          >
            <span className="recognised-source">{term.term}</span>
            <span aria-hidden="true" className="muted">
              →
            </span>
            {term.renderings.length === 0 && <span className="muted small">{t('memory.match.noRendering')}</span>}
            {term.renderings.map((r) => (
              <Rendering key={`${r.status}-${r.text}`} {...r} />
            ))}
          </li>
        ))}
      </ul>
    </section>
  )
}
