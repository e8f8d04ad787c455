import { type ReactNode, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { CloseIcon } from './icons'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), ' +
  'select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Keeps Tab and Shift+Tab inside the topmost modal panel, wrapping at either end: the page behind a
 * modal is inert for the mouse (the backdrop), so it must be for the keyboard too.
 */
function trapTab(event: KeyboardEvent, panel: HTMLElement): void {
  const modals = document.querySelectorAll('[role="dialog"][aria-modal="true"]')
  if (modals[modals.length - 1] !== panel) return
  const items = [...panel.querySelectorAll<HTMLElement>(FOCUSABLE)]
  if (items.length === 0) {
    event.preventDefault()
    panel.focus()
    return
  }
  const first = items[0]
  const last = items[items.length - 1]
  const active = document.activeElement
  if (!panel.contains(active) || (event.shiftKey ? active === first || active === panel : active === last)) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }
}

/** A modal panel: focus moves into it and stays there (Tab wraps), Escape or the close button dismisses
 *  it, and focus goes back where it was. */
export function Dialog(props: {
  title: string
  onClose: () => void
  children: ReactNode
  testId?: string
  wide?: boolean
}) {
  const { t } = useTranslation()
  const panel = useRef<HTMLDivElement | null>(null)
  // The latest onClose, read at key time: the effect runs once per opening, so a parent passing a new
  // callback on each render neither steals focus back to the first field nor loses the opener.
  const onCloseRef = useRef(props.onClose)
  onCloseRef.current = props.onClose
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const fields = 'input, select, textarea, button:not(.icon-button)'
    const first = panel.current?.querySelector<HTMLElement>(fields)
    ;(first ?? panel.current)?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab' && panel.current) {
        trapTab(event, panel.current)
        return
      }
      if (event.key !== 'Escape') return
      // Claimed here so the reader or list behind the dialog does not also react.
      event.preventDefault()
      event.stopPropagation()
      onCloseRef.current()
    }
    window.addEventListener('keydown', onKey, true)
    return () => {
      window.removeEventListener('keydown', onKey, true)
      if (opener?.isConnected) opener.focus()
    }
  }, [])
  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && props.onClose()}>
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
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.close')}
            title={t('common.close')}
            onClick={props.onClose}
          >
            <CloseIcon />
          </button>
        </header>
        <div className="dialog-body">{props.children}</div>
      </div>
    </div>
  )
}
