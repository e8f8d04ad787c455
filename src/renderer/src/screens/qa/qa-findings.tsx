import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { QaFinding, QaReport } from '../../../../shared/api/qa'
import { formatNumber } from '../../lib/format'
import { useCheckLabels } from './check-labels'
import { FindingCard } from './finding-card'
import { filterFindings, groupFindings } from './group-findings'
import type { QaModel } from './use-qa'

const PAGE = 200

/** The findings, by check and then by term, as many as fit a page at a time ("Show more"). */
export function QaFindings({ qa, report }: { qa: QaModel; report: QaReport }) {
  const { t, i18n } = useTranslation()
  const labels = useCheckLabels()
  const [limit, setLimit] = useState(PAGE)
  const sections = useMemo(() => groupFindings(filterFindings(report.findings, qa.filter)), [report, qa.filter])
  const n = (v: number) => formatNumber(v, i18n.language)
  if (sections.length === 0) {
    const clean = report.findings.length === 0 && report.checked > 0
    return <p className="list-empty">{clean ? t('qa.noFindings') : t('qa.noMatch')}</p>
  }
  let budget = limit
  let hidden = 0
  const take = (findings: QaFinding[]): QaFinding[] => {
    const shown = findings.slice(0, Math.max(0, budget))
    budget -= shown.length
    hidden += findings.length - shown.length
    return shown
  }
  return (
    <div className="qa-findings" data-testid="qa-findings">
      {sections.map((section) => (
        <section key={section.check} className={`qa-section qa-section-${section.check}`}>
          <h2 className="section-title">
            {labels.name[section.check]} <span className="num muted">{n(section.count)}</span>
          </h2>
          {section.groups.map((group) => {
            const shown = take(group.findings)
            if (shown.length === 0) return null
            return (
              <div key={group.key} className="qa-group" data-testid="qa-group">
                <h3 className="qa-group-title">
                  <span className="qa-term">{group.term}</span>
                  {group.expected && <span className="qa-expected">→ {group.expected}</span>}
                  <span className="num muted">{n(group.findings.length)}</span>
                </h3>
                <ul className="qa-list">
                  {shown.map((f) => (
                    <FindingCard
                      key={f.key}
                      finding={f}
                      srcLang={report.srcLang}
                      tgtLang={report.tgtLang}
                      onDismiss={(finding, dismissed) => void qa.dismiss(finding, dismissed)}
                    />
                  ))}
                </ul>
              </div>
            )
          })}
        </section>
      ))}
      {hidden > 0 && (
        <button type="button" className="button load-more" onClick={() => setLimit(limit + PAGE)}>
          {t('qa.showMore', { number: n(Math.min(PAGE, hidden)) })}
        </button>
      )}
    </div>
  )
}
