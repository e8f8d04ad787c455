import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { describeError } from '../lib/api-error'
import { CloseIcon } from './icons'

export interface ToastAction {
  label: string
  run: () => void
}

export interface ToastSpec {
  message: string
  action?: ToastAction
  /** Shown before `action` (e.g. "Open concept" beside "Undo"). */
  secondAction?: ToastAction
}

interface Feedback {
  /** Shows the error in the dismissible banner; the UI never lets an exception escape. */
  reportError(error: unknown): void
  showToast(toast: ToastSpec): void
}

const FeedbackContext = createContext<Feedback | null>(null)
// Kept apart from the actions so screens that only report errors do not re-render on each one.
const BannerContext = createContext<{ errors: BannerError[]; dismiss: (id: number) => void }>({
  errors: [],
  dismiss: () => undefined
})

export function useFeedback(): Feedback {
  const feedback = useContext(FeedbackContext)
  if (!feedback) throw new Error('useFeedback must be used inside <FeedbackProvider>')
  return feedback
}

interface BannerError {
  id: number
  text: string
}

const toastMillis = 8000
const maxBannerErrors = 3

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [errors, setErrors] = useState<BannerError[]>([])
  const [toast, setToast] = useState<(ToastSpec & { id: number }) | null>(null)
  const nextId = useRef(1)

  const reportError = useCallback((error: unknown) => {
    const text = describeError(error)
    setErrors((current) => {
      if (current.some((each) => each.text === text)) return current
      return [...current, { id: nextId.current++, text }].slice(-maxBannerErrors)
    })
  }, [])

  const showToast = useCallback((spec: ToastSpec) => setToast({ ...spec, id: nextId.current++ }), [])
  const closeToast = useCallback(() => setToast(null), [])

  // Anything that slips past a try/catch still lands in the banner rather than the console only.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault()
      reportError(event.reason)
    }
    const onError = (event: ErrorEvent) => reportError(event.error ?? event.message)
    window.addEventListener('unhandledrejection', onRejection)
    window.addEventListener('error', onError)
    return () => {
      window.removeEventListener('unhandledrejection', onRejection)
      window.removeEventListener('error', onError)
    }
  }, [reportError])

  const dismiss = useCallback((id: number) => setErrors((all) => all.filter((e) => e.id !== id)), [])
  const value = useMemo(() => ({ reportError, showToast }), [reportError, showToast])
  const banner = useMemo(() => ({ errors, dismiss }), [errors, dismiss])
  return (
    <FeedbackContext.Provider value={value}>
      <BannerContext.Provider value={banner}>
        {children}
        {toast && <Toast key={toast.id} toast={toast} onClose={closeToast} />}
      </BannerContext.Provider>
    </FeedbackContext.Provider>
  )
}

/** The dismissible error banner; the shell places it under the top bar. */
export function ErrorBanner() {
  const { t } = useTranslation()
  const { errors, dismiss: onDismiss } = useContext(BannerContext)
  if (errors.length === 0) return null
  return (
    <div className="banner-stack" role="alert" data-testid="error-banner">
      {errors.map((error) => (
        <div className="banner banner-error" key={error.id}>
          <span className="banner-text">{error.text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('common.dismiss')}
            title={t('common.dismiss')}
            onClick={() => onDismiss(error.id)}
          >
            <CloseIcon />
          </button>
        </div>
      ))}
    </div>
  )
}

/** One toast at a time; hovering or focusing it pauses the timer so an Undo is never snatched away. */
function Toast({ toast, onClose }: { toast: ToastSpec; onClose: () => void }) {
  const { t } = useTranslation()
  const timer = useRef<number | undefined>(undefined)
  const start = useCallback(() => {
    window.clearTimeout(timer.current)
    timer.current = window.setTimeout(onClose, toastMillis)
  }, [onClose])
  const pause = () => window.clearTimeout(timer.current)

  useEffect(() => {
    start()
    return () => window.clearTimeout(timer.current)
  }, [start])

  return (
    <div
      className="toast"
      role="status"
      data-testid="toast"
      onMouseEnter={pause}
      onMouseLeave={start}
      onFocus={pause}
      onBlur={start}
    >
      <span className="toast-text">{toast.message}</span>
      {toast.secondAction && <ToastAction action={toast.secondAction} testId="toast-second-action" onDone={onClose} />}
      {toast.action && <ToastAction action={toast.action} testId="toast-action" onDone={onClose} />}
      <button
        type="button"
        className="icon-button"
        aria-label={t('common.dismiss')}
        title={t('common.dismiss')}
        onClick={onClose}
      >
        <CloseIcon />
      </button>
    </div>
  )
}

/** A toast's button: runs its action, then closes the toast. */
function ToastAction(props: { action: { label: string; run: () => void }; testId: string; onDone: () => void }) {
  return (
    <button
      type="button"
      className="toast-action"
      data-testid={props.testId}
      onClick={() => {
        props.action.run()
        props.onDone()
      }}
    >
      {props.action.label}
    </button>
  )
}
