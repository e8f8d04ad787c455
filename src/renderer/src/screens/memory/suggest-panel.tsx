import { Fragment, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { EquivalentProposal } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { langOf } from '../../components/kwic-lines'
import { formatNumber } from '../../lib/format'
import { AddToConceptDialog } from './add-to-concept-dialog'

/** An English term in, the Chinese renderings the memory uses for it out, each with its evidence. */
/** Fewer pairs holding the term than this: the proposals are marked as guesses. */
const FEW_PAIRS = 5

export function SuggestPanel() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { reportError } = useFeedback()
  const [term, setTerm] = useState('')
  const [asked, setAsked] = useState('')
  const [proposals, setProposals] = useState<EquivalentProposal[] | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const [adding, setAdding] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const run = async () => {
    const query = term.trim()
    if (!query) return
    setBusy(true)
    try {
      setProposals(await api.invoke('memory/suggest', { term: query, limit: 20 }))
      setAsked(query)
      setOpen(null)
    } catch (error) {
      reportError(error)
    } finally {
      setBusy(false)
    }
  }

  const locale = i18n.language
  const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return (
    <div className="memory-suggest">
      <form
        className="screen-toolbar"
        onSubmit={(event) => {
          event.preventDefault()
          void run()
        }}
      >
        <input
          className="text-input suggest-input"
          data-testid="suggest-input"
          value={term}
          placeholder={t('memory.suggest.placeholder')}
          aria-label={t('memory.suggest.placeholder')}
          onChange={(event) => setTerm(event.target.value)}
        />
        <button
          type="submit"
          className="button button-primary"
          data-testid="suggest-run"
          disabled={busy || !term.trim()}
        >
          {t('memory.suggest.run')}
        </button>
      </form>
      {proposals === null ? (
        <p className="muted">{t('memory.suggest.prompt')}</p>
      ) : proposals.length === 0 ? (
        <p className="muted" data-testid="suggest-none">
          {t('memory.suggest.none', { term: asked })}
        </p>
      ) : (
        <>
          {/* A handful of pairs cannot tell a rendering from the words around it (新质生产力 from
              发展新质生产力): say so rather than let a guess look like evidence. */}
          {Math.max(...proposals.map((p) => p.freq)) < FEW_PAIRS && (
            <p className="hint" data-testid="suggest-few">
              {t('memory.suggest.few', { count: Math.max(...proposals.map((p) => p.freq)) })}
            </p>
          )}
          <div className="table-wrap">
            <table className="data-table suggest-table">
              <thead>
                <tr>
                  <th>{t('memory.suggest.zh')}</th>
                  <th className="num">{t('memory.suggest.score')}</th>
                  <th className="num">{t('memory.suggest.freq')}</th>
                  <th>{t('memory.suggest.evidence')}</th>
                  <th aria-label={t('memory.column.actions')} />
                </tr>
              </thead>
              <tbody>
                {proposals.map((p) => (
                  <Fragment key={p.zh}>
                    <tr data-testid="suggest-row">
                      <td lang="zh-CN" className="suggest-zh">
                        {p.zh}
                        {p.known && <span className="badge suggest-known">{t('memory.suggest.known')}</span>}
                      </td>
                      <td className="num">{score.format(p.score)}</td>
                      <td className="num">{formatNumber(p.freq, locale)}</td>
                      <td>
                        <button
                          type="button"
                          className="button button-quiet button-small"
                          aria-expanded={open === p.zh}
                          data-testid="suggest-evidence"
                          disabled={p.evidence.length === 0}
                          onClick={() => setOpen(open === p.zh ? null : p.zh)}
                        >
                          {open === p.zh ? '▾ ' : '▸ '}
                          {t('memory.suggest.pairs', {
                            count: p.evidence.length,
                            n: formatNumber(p.evidence.length, locale)
                          })}
                        </button>
                      </td>
                      <td>
                        <button
                          type="button"
                          className="button button-small"
                          disabled={p.known}
                          data-testid="suggest-add"
                          onClick={() => setAdding(p.zh)}
                        >
                          {t('memory.suggest.add')}
                        </button>
                      </td>
                    </tr>
                    {open === p.zh && (
                      <tr className="evidence-row">
                        <td colSpan={5}>
                          <ul className="evidence-list" data-testid="evidence-list">
                            {p.evidence.map((pair) => (
                              <li key={pair.id}>
                                <span lang={langOf(pair.source)}>{pair.source}</span>
                                <span lang={langOf(pair.target)}>{pair.target}</span>
                              </li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {adding && <AddToConceptDialog term={asked} zh={adding} onClose={() => setAdding(null)} />}
    </div>
  )
}
