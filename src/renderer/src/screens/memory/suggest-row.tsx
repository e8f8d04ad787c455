import { useTranslation } from 'react-i18next'

import type { EquivalentProposal } from '../../../../shared/models'
import { langOf } from '../../components/kwic-lines'
import { formatNumber } from '../../lib/format'

/** One proposed rendering with its figures, its evidence button and Add; when open, its pairs under it. */
export function SuggestRow(props: {
  proposal: EquivalentProposal
  open: boolean
  onToggle: () => void
  onAdd: () => void
}) {
  const { t, i18n } = useTranslation()
  const { proposal: p, open } = props
  const locale = i18n.language
  const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return (
    <>
      <tr data-testid="suggest-row">
        <td lang={p.lang === 'zh' ? 'zh-CN' : 'en'} className="suggest-zh">
          {p.text}
          {p.known && <span className="badge suggest-known">{t('memory.suggest.known')}</span>}
        </td>
        <td className="num">{score.format(p.score)}</td>
        <td className="num">{formatNumber(p.freq, locale)}</td>
        <td>
          <button
            type="button"
            className="button button-quiet button-small"
            aria-expanded={open}
            data-testid="suggest-evidence"
            disabled={p.evidence.length === 0}
            onClick={props.onToggle}
          >
            {open ? '▾ ' : '▸ '}
            {t('memory.suggest.pairs', { count: p.evidence.length, n: formatNumber(p.evidence.length, locale) })}
          </button>
        </td>
        <td>
          <button
            type="button"
            className="button button-small"
            disabled={p.known}
            data-testid="suggest-add"
            onClick={props.onAdd}
          >
            {t('memory.suggest.add')}
          </button>
        </td>
      </tr>
      {open && (
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
    </>
  )
}
