import './termbase.css'

import { useTranslation } from 'react-i18next'

import { EmptyState } from '../../components/empty-state'
import { TermBaseIcon } from '../../components/icons'
import { formatNumber } from '../../lib/format'
import { ConceptEditor } from './concept-editor'
import { ConceptFilters } from './concept-filters'
import { ConceptList } from './concept-list'
import { useConceptBrowser } from './use-concept-browser'

/** The term base: a searchable list of concepts beside the editor of the one open. */
export function TermBaseScreen() {
  const { t, i18n } = useTranslation()
  const browser = useConceptBrowser()
  const { filters, list, selected, setSelected } = browser
  const total = list.total ?? 0

  return (
    <section className="screen split-screen termbase-screen" data-testid="termbase-screen">
      <div className="split">
        <aside className="split-list panel-flat">
          <div className="list-tools">
            <ConceptFilters browser={browser} />
            <div className="list-filters">
              <label className="check">
                <input
                  type="checkbox"
                  checked={filters.missingZh}
                  data-testid="missing-zh"
                  onChange={(event) => filters.setMissingZh(event.target.checked)}
                />
                {t('termbase.filter.missingZh')}
              </label>
              <span className="hint push-end" data-testid="concept-count">
                {list.total !== null && t('termbase.count', { count: total, n: formatNumber(total, i18n.language) })}
              </span>
            </div>
            <button
              type="button"
              className="button button-primary"
              data-testid="new-concept"
              onClick={browser.newConcept}
            >
              + {t('termbase.newConcept')}
            </button>
          </div>
          {list.total === 0 ? (
            <p className="muted list-empty">{filters.query ? t('termbase.noMatches') : t('termbase.empty')}</p>
          ) : (
            <ConceptList
              total={total}
              version={list.version}
              rowAt={list.rowAt}
              ensure={list.ensure}
              selectedId={selected ?? null}
              onSelect={browser.select}
            />
          )}
        </aside>
        <div className="split-editor">
          {selected === undefined ? (
            <EmptyState icon={<TermBaseIcon />} title={t('termbase.pickTitle')} body={t('termbase.pickBody')} />
          ) : (
            <ConceptEditor
              key={selected ?? `new-${browser.drafts}`}
              conceptId={selected}
              onSaved={(id) => setSelected(id)}
              onDeleted={() => setSelected(undefined)}
              onOpen={setSelected}
              leaveGuard={browser.editorGuard}
            />
          )}
        </div>
      </div>
    </section>
  )
}
