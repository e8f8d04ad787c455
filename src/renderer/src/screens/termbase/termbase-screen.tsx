import './termbase.css'

import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

import { EmptyState } from '../../components/empty-state'
import { TermBaseIcon } from '../../components/icons'
import { formatNumber } from '../../lib/format'
import { BulkBar } from './bulk-bar'
import { ConceptEditor } from './concept-editor'
import { ConceptFilters } from './concept-filters'
import { ConceptList } from './concept-list'
import { useBulkEdit } from './use-bulk-edit'
import { useConceptBrowser } from './use-concept-browser'

/** The term base: a searchable list of concepts beside the editor of the one open. */
export function TermBaseScreen() {
  const { t, i18n } = useTranslation()
  const browser = useConceptBrowser()
  const { filters, list, selected, setSelected } = browser
  const total = list.total ?? 0
  const { rowAt } = list
  const idAt = useCallback((index: number) => rowAt(index)?.id, [rowAt])
  const bulk = useBulkEdit(browser.query, idAt)

  return (
    <section className="screen split-screen termbase-screen" data-testid="termbase-screen">
      <div className="split">
        <aside className="split-list panel-flat">
          <div className="list-tools">
            <ConceptFilters browser={browser} />
            <div className="list-filters">
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="tick-all"
                disabled={!total}
                onClick={() => void bulk.tickAll()}
              >
                {t('termbase.bulk.tickAll')}
              </button>
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
          {bulk.ids.size > 0 && <BulkBar bulk={bulk} />}
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
              ticked={bulk.ids}
              onTick={bulk.tick}
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
