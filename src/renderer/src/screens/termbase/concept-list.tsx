import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'

import type { ConceptRow, TermStatus } from '../../../../shared/models'
import { ForbiddenMark } from '../../components/term-status-badge'
import { usePagedVirtualizer } from '../../components/use-paged-virtualizer'
import { listTerms } from './list-terms'

interface ConceptListProps {
  total: number
  version: number
  rowAt: (index: number) => ConceptRow | undefined
  ensure: (start: number, end: number) => void
  selectedId: number | null
  onSelect: (id: number) => void
}

/** Virtualised, paged list of concepts: English terms, Chinese terms, domain. */
export function ConceptList(props: ConceptListProps) {
  const { t } = useTranslation()
  const { scroller, virtualizer, items } = usePagedVirtualizer({
    total: props.total,
    estimateSize: 52,
    overscan: 10,
    ensure: props.ensure,
    version: props.version
  })

  return (
    <div
      className="vlist-scroll concept-list"
      ref={scroller}
      role="listbox"
      aria-label={t('nav.termbase')}
      data-testid="concept-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = props.rowAt(item.index)
          const style = { height: item.size, transform: `translateY(${item.start}px)` }
          if (!row) return <div key={item.key} className="vlist-row placeholder" style={style} />
          const active = row.id === props.selectedId
          return (
            <div
              key={item.key}
              role="option"
              aria-selected={active}
              tabIndex={0}
              className={`vlist-row concept-row${active ? ' is-current' : ''}`}
              style={style}
              data-testid="concept-row"
              data-concept-id={row.id}
              onClick={() => props.onSelect(row.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault()
                  props.onSelect(row.id)
                }
              }}
            >
              <span className="concept-en">
                {row.en.length > 0 ? <TermLine texts={row.en} statuses={row.enStatuses} /> : '—'}
              </span>
              <span className="concept-zh" lang="zh-CN">
                {row.zh.length > 0 ? <TermLine texts={row.zh} statuses={row.zhStatuses} /> : t('termbase.noChinese')}
              </span>
              {row.domain && <span className="concept-domain">{row.domain}</span>}
            </div>
          )
        })}
      </div>
    </div>
  )
}

/** One language's terms: those to use as plain text, then deprecated and forbidden ones struck through. */
export function TermLine({ texts, statuses }: { texts: string[]; statuses: TermStatus[] | undefined }) {
  const { t } = useTranslation()
  const labels = { deprecated: t('termStatus.deprecated'), forbidden: t('termStatus.forbidden') }
  return listTerms(texts, statuses).map((term, index) => (
    <Fragment key={index}>
      {index > 0 && ' · '}
      {term.status === 'deprecated' || term.status === 'forbidden' ? (
        <s className={`concept-avoid concept-${term.status}`} data-status={term.status} title={labels[term.status]}>
          {term.status === 'forbidden' && <ForbiddenMark />}
          {term.text}
          {/* Strike-through is not read aloud: the status is. */}
          <span className="visually-hidden">{t('termbase.listStatus', { status: labels[term.status] })}</span>
        </s>
      ) : (
        term.text
      )}
    </Fragment>
  ))
}
