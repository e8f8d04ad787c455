import { useTranslation } from 'react-i18next'

import type { ContextLine } from '../../../../shared/models'
import { langOf } from '../../components/kwic-lines'
import { formatCalendarDate } from '../../lib/format'

/**
 * A candidate's contexts as whole sentences (a corpus segment is one sentence), wrapped, the occurrence
 * marked: a reviewer judges a term from how the sentence uses it, which a KWIC line's few words either
 * side cut off. Same markup classes as the KWIC lines for the match and the source line.
 */
export function ContextSentences({ lines }: { lines: ContextLine[] }) {
  const { t, i18n } = useTranslation()
  if (lines.length === 0) return <p className="muted">{t('kwic.none')}</p>
  return (
    <ol className="context-sentences" data-testid="candidate-contexts">
      {lines.map((line, index) => (
        <li className="context-sentence" key={`${line.segmentId}-${index}`} data-testid="context-sentence">
          <p className="context-sentence-text" lang={langOf(line.left + line.match + line.right)}>
            {line.left}
            <mark className="kwic-match">{line.match}</mark>
            {line.right}
          </p>
          <div className="kwic-source">
            <span className="kwic-title">{line.title}</span>
            <span className="kwic-date">{formatCalendarDate(line.date, i18n.language) ?? t('corpus.noDate')}</span>
          </div>
        </li>
      ))}
    </ol>
  )
}
