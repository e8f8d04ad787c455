import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { formatNumber } from '../../lib/format'
import {
  canShift,
  canSplit,
  confidenceLevel,
  deleteLink,
  type EditableLink,
  joinWithNext,
  linkText,
  type Sentences,
  shiftSentence,
  type Side,
  splitLink
} from './align-edit'

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
  const shiftButton = (index: number, side: Side, direction: -1 | 1, label: string, glyph: string) => (
    <button
      type="button"
      className="button button-quiet button-small"
      title={label}
      aria-label={label}
      disabled={!canShift(links, index, side, direction)}
      onClick={() => onChange(shiftSentence(links, index, side, direction))}
    >
      {glyph}
    </button>
  )
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
            const link = links[index]
            const text = linkText(link, sentences)
            const level = confidenceLevel(link.confidence)
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
                  {link.confidence === null
                    ? '✎'
                    : `${formatNumber(Math.round(link.confidence * 100), i18n.language)}%`}
                  <span className="visually-hidden"> {levels[level]}</span>
                </span>
                <div className="align-side" lang="en">
                  {text.english || <span className="muted">{t('memory.align.nothing')}</span>}
                  <span className="align-shift">
                    {shiftButton(index, 'en', -1, t('memory.align.shiftEnPrev'), '↑')}
                    {shiftButton(index, 'en', 1, t('memory.align.shiftEnNext'), '↓')}
                  </span>
                </div>
                <div className="align-side" lang="zh-CN">
                  {text.chinese || <span className="muted">{t('memory.align.nothing')}</span>}
                  <span className="align-shift">
                    {shiftButton(index, 'zh', -1, t('memory.align.shiftZhPrev'), '↑')}
                    {shiftButton(index, 'zh', 1, t('memory.align.shiftZhNext'), '↓')}
                  </span>
                </div>
                <div className="align-actions">
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    data-testid="align-join"
                    disabled={index >= links.length - 1}
                    onClick={() => onChange(joinWithNext(links, index))}
                  >
                    {t('memory.align.join')}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    data-testid="align-split"
                    disabled={!canSplit(link)}
                    onClick={() => onChange(splitLink(links, index))}
                  >
                    {t('memory.align.split')}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet button-small unit-delete"
                    data-testid="align-delete"
                    onClick={() => onChange(deleteLink(links, index))}
                  >
                    {t('memory.align.delete')}
                  </button>
                </div>
              </div>
            )
          })}
        </div>
      </div>
    </div>
  )
}
