import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { EquivalentProposal } from '../../../../shared/models'
import type { Lang } from '../../../../shared/vocabulary'
import { SuggestRow } from './suggest-row'

/** Fewer pairs holding the term than this: the proposals are marked as guesses. */
const FEW_PAIRS = 5

/** The proposed renderings, best first; one at a time shows the pairs it was found in. */
export function SuggestTable(props: {
  proposals: EquivalentProposal[]
  /** The proposals' language, for the column header. */
  lang: Lang
  onAdd: (text: string) => void
}) {
  const { t } = useTranslation()
  const [open, setOpen] = useState<string | null>(null)
  const most = Math.max(...props.proposals.map((p) => p.freq))
  return (
    <>
      {/* A handful of pairs cannot tell a rendering from the words around it (新质生产力 from
          发展新质生产力): say so rather than let a guess look like evidence. */}
      {most < FEW_PAIRS && (
        <p className="hint" data-testid="suggest-few">
          {t('memory.suggest.few', { count: most })}
        </p>
      )}
      <div className="table-wrap">
        <table className="data-table suggest-table">
          <thead>
            <tr>
              <th>{t(props.lang === 'zh' ? 'memory.suggest.zh' : 'memory.suggest.en')}</th>
              <th className="num">{t('memory.suggest.score')}</th>
              <th className="num">{t('memory.suggest.freq')}</th>
              <th>{t('memory.suggest.evidence')}</th>
              <th aria-label={t('memory.column.actions')} />
            </tr>
          </thead>
          <tbody>
            {props.proposals.map((p) => (
              <SuggestRow
                key={p.text}
                proposal={p}
                open={open === p.text}
                onToggle={() => setOpen(open === p.text ? null : p.text)}
                onAdd={() => props.onAdd(p.text)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
