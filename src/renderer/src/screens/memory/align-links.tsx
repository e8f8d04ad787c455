import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { formatNumber } from '../../lib/format'
import { confidenceLevel, type EditableLink, type Sentences } from './align-edit'
import { AlignLinkCells } from './align-link-cells'

/**
 * The review view: one row per link, English | Chinese, its confidence colour-coded, and the
 * edits a misalignment needs. Rows wrap their text, so the virtualiser measures each one.
 */
export function AlignLinks(props: {
  links: EditableLink[]
  sentences: Sentences
  onChange: (links: EditableLink[]) => void
}) {
  const { t, i18n } = useTranslation()
  const scroller = useRef<HTMLDivElement | null>(null)
  const virtualizer = useVirtualizer({
    count: props.links.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 88,
    overscan: 6
  })
  const { links, sentences, onChange } = props
  const levels = {
    high: t('memory.align.level.high'),
    medium: t('memory.align.level.medium'),
    low: t('memory.align.level.low'),
    edited: t('memory.align.level.edited')
  }
  return (
    <div className="vlist align-list" data-testid="align-links">
      <div className="vlist-head align-grid" role="row">
        <span>{t('memory.align.confidence')}</span>
        <span>{t('language.en')}</span>
        <span>{t('language.zh')}</span>
        <span className="align-actions-head">{t('memory.column.actions')}</span>
      </div>
      <div className="vlist-scroll align-scroll" ref={scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const index = item.index
            const { confidence } = links[index]
            const level = confidenceLevel(confidence)
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={index}
                className={`vlist-row align-grid align-${level}`}
                style={{ transform: `translateY(${item.start}px)` }}
                data-testid="align-link"
                data-level={level}
              >
                <span className={`confidence confidence-${level}`} title={levels[level]}>
                  {confidence === null ? '✎' : `${formatNumber(Math.round(confidence * 100), i18n.language)}%`}
                  <span className="visually-hidden"> {levels[level]}</span>
                </span>
                <AlignLinkCells links={links} index={index} sentences={sentences} onChange={onChange} />
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
