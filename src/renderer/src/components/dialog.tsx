import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CloseIcon } from './icons'

/** A modal panel: focus moves into it, Escape or the close button dismisses it. */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode; testId?: string;
  wide?: boolean }) {
  const { t } = useTranslation()
  const panel = useRef<HTMLDivElement | null>(null)
  const { onClose } = props
  useEffect(() => {
    const fields = 'input, select, textarea, button:not(.icon-button)'
    const first = panel.current?.querySelector<HTMLElement>(fields)
    ;(first ?? panel.current)?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      // Claimed here so the reader or list behind the dialog does not also react.
      event.preventDefault()
      event.stopPropagation()
      onClose()
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [onClose])
  return (
    <div className="dialog-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        ref={panel}
        className={props.wide ? 'dialog dialog-wide' : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        tabIndex={-1}
        data-testid={props.testId}
      >
        <header className="dialog-header">
          <h2 className="dialog-title">{props.title}</h2>
          <button type="button" className="icon-button" aria-label={t('common.close')}
            title={t('common.close')}
            onClick={onClose}>
            <CloseIcon />
          </button>
        </header>
        <div className="dialog-body">{props.children}</div>
      </div>
    </div>
  )
}
