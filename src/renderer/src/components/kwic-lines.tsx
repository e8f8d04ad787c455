import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import type { ContextLine } from '../../../shared/models'
import { hasHan } from '../../../shared/script'
import { formatCalendarDate } from '../lib/format'

/** A script tag for a line of text, so CJK lines get CJK fonts and line breaking. */
export function langOf(text: string): 'zh-CN' | 'en' {
  return hasHan(text) ? 'zh-CN' : 'en'
}

/**
 * Key word in context: left context right-aligned against the match, so every match lines up
 * in one column; the document title and date under each line. `action` renders per-line buttons.
 */
export function KwicLines(props: {
  lines: ContextLine[]
  action?: (line: ContextLine, index: number) => ReactNode
  testId?: string
}) {
  const { t, i18n } = useTranslation()
  if (props.lines.length === 0) return <p className="muted">{t('kwic.none')}</p>
  return (
    <ol className="kwic" data-testid={props.testId ?? 'kwic'}>
      {props.lines.map((line, index) => (
        <li className="kwic-line" key={`${line.segmentId}-${index}`} data-testid="kwic-line">
          <div className="kwic-text" lang={langOf(line.match)}>
            <span className="kwic-left">
              <span>{line.left}</span>
            </span>
            <mark className="kwic-match">{line.match}</mark>
            <span className="kwic-right">{line.right}</span>
          </div>
          <div className="kwic-source">
            <span className="kwic-title">{line.title}</span>
            <span className="kwic-date">{formatCalendarDate(line.date, i18n.language) ?? t('corpus.noDate')}</span>
            {props.action?.(line, index)}
          </div>
        </li>
      ))}
    </ol>
  )
}
