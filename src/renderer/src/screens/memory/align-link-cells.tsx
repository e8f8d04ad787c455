import { useTranslation } from 'react-i18next'

import {
  canShift,
  canSplit,
  deleteLink,
  type EditableLink,
  joinWithNext,
  linkText,
  type Sentences,
  shiftSentence,
  type Side,
  splitLink
} from './align-edit'

/** One link's sides, each with the buttons that shift a sentence over, and its edits. */
export function AlignLinkCells(props: {
  links: EditableLink[]
  index: number
  sentences: Sentences
  onChange: (links: EditableLink[]) => void
}) {
  const { t } = useTranslation()
  const { links, index, onChange } = props
  const link = links[index]
  const text = linkText(link, props.sentences)
  // Each side's sentences, and the buttons that move its first sentence up to the link before or its last
  // down to the link after.
  const side = (key: Side, lang: string, sentences: string, labels: [string, string]) => (
    <div className="align-side" lang={lang}>
      {sentences || <span className="muted">{t('memory.align.nothing')}</span>}
      <span className="align-shift">
        {([-1, 1] as const).map((direction, i) => (
          <button
            key={direction}
            type="button"
            className="button button-quiet button-small"
            title={labels[i]}
            aria-label={labels[i]}
            disabled={!canShift(links, index, key, direction)}
            onClick={() => onChange(shiftSentence(links, index, key, direction))}
          >
            {direction < 0 ? '↑' : '↓'}
          </button>
        ))}
      </span>
    </div>
  )
  const action = (label: string, testId: string, disabled: boolean, edit: () => EditableLink[], extra = '') => (
    <button
      type="button"
      className={`button button-quiet button-small${extra}`}
      data-testid={testId}
      disabled={disabled}
      onClick={() => onChange(edit())}
    >
      {label}
    </button>
  )
  return (
    <>
      {side('en', 'en', text.english, [t('memory.align.shiftEnPrev'), t('memory.align.shiftEnNext')])}
      {side('zh', 'zh-CN', text.chinese, [t('memory.align.shiftZhPrev'), t('memory.align.shiftZhNext')])}
      <div className="align-actions">
        {action(t('memory.align.join'), 'align-join', index >= links.length - 1, () => joinWithNext(links, index))}
        {action(t('memory.align.split'), 'align-split', !canSplit(link), () => splitLink(links, index))}
        {action(t('memory.align.delete'), 'align-delete', false, () => deleteLink(links, index), ' unit-delete')}
      </div>
    </>
  )
}
