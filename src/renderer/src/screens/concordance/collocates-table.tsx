import { useTranslation } from 'react-i18next'

import type { Collocate } from '../../../../shared/api/concordance'
import { langOf } from '../../components/kwic-lines'
import { formatNumber } from '../../lib/format'

/** Collocates with their figures; a word refines the search, + keeps it with a concept. */
export function CollocatesTable(props: {
  collocates: Collocate[]
  onPick: (word: string) => void
  onKeep: (collocate: Collocate) => void
}) {
  const { t, i18n } = useTranslation()
  const num = (value: number, digits: number) =>
    new Intl.NumberFormat(i18n.language, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value)
  return (
    <div className="table-wrap conc-colloc-table">
      <table className="data-table" data-testid="collocates-table">
        <thead>
          <tr>
            <th>{t('concordance.collocates.word')}</th>
            <th className="num">{t('concordance.collocates.freq')}</th>
            <th className="num">logDice</th>
            <th className="num">MI</th>
            <th>
              <span className="visually-hidden">{t('concordance.collocates.keep')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.collocates.map((c) => (
            <tr key={c.word} data-testid="collocate-row">
              <td>
                <button
                  type="button"
                  className="conc-doc-link"
                  lang={langOf(c.word)}
                  title={`${c.word} · ${t('concordance.collocates.refine')}`}
                  onClick={() => props.onPick(c.word)}
                >
                  {c.word}
                </button>
              </td>
              <td className="num">{formatNumber(c.freq, i18n.language)}</td>
              <td className="num">{num(c.logDice, 2)}</td>
              <td className="num">{num(c.mi, 2)}</td>
              <td>
                <button
                  type="button"
                  className="icon-button conc-keep"
                  data-testid="keep-collocation"
                  title={t('concordance.collocates.keep')}
                  aria-label={t('concordance.collocates.keepWord', { word: c.word })}
                  onClick={() => props.onKeep(c)}
                >
                  +
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
