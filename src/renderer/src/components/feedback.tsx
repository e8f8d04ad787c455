import {
  createContext,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState
} from 'react'
import { useTranslation } from 'react-i18next'

import { describeError } from '../lib/api-error'
import { type BannerError, withError, withoutScope } from './feedback-errors'
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
  /**
   * Shows the error in the banner of the panel (FeedbackScope) that reported it, or the shell's banner outside
   * any; the UI never lets an exception escape.
   */
  reportError(error: unknown): void
  showToast(toast: ToastSpec): void
}

interface FeedbackActions {
  report(error: unknown, scope: string | null): void
  clear(scope: string): void
  showToast(toast: ToastSpec): void
}

const FeedbackContext = createContext<FeedbackActions | null>(null)
/** The panel errors reported here belong to (null: the shell). */
const ScopeContext = createContext<string | null>(null)
// Kept apart from the actions so screens that only report errors do not re-render on each one.
const BannerContext = createContext<{ errors: BannerError[]; dismiss: (id: number) => void }>({
  errors: [],
  dismiss: () => undefined
})

export function useFeedback(): Feedback {
  const actions = useContext(FeedbackContext)
  const scope = useContext(ScopeContext)
  if (!actions) throw new Error('useFeedback must be used inside <FeedbackProvider>')
  const { report, showToast } = actions
  const reportError = useCallback((error: unknown) => report(error, scope), [report, scope])
  return useMemo(() => ({ reportError, showToast }), [reportError, showToast])
}

const toastMillis = 8000
const maxBannerErrors = 3

export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [errors, setErrors] = useState<BannerError[]>([])
  const [toast, setToast] = useState<(ToastSpec & { id: number }) | null>(null)
  const nextId = useRef(1)

  // The error itself is kept, not its text: the banner describes it when it renders, so it follows a change of
  // the UI language (#15 §3).
  const report = useCallback((error: unknown, scope: string | null) => {
    const added = { id: nextId.current++, error, scope }
    setErrors((current) => withError(current, added, describeError, maxBannerErrors))
  }, [])
  const reportError = useCallback((error: unknown) => report(error, null), [report])
  const clear = useCallback((scope: string) => setErrors((current) => withoutScope(current, scope)), [])

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
  const value = useMemo(() => ({ report, clear, showToast }), [report, clear, showToast])
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

/** Controls whose use is an action: the next one in a panel clears that panel's errors. */
const ACTION = 'button, a[href], input, select, textarea, [role="tab"], [role="option"]'

/**
 * A panel's own errors (#15 §3): errors reported by hooks called inside it show in its banner (where
 * `<ScopeErrors />` stands; by default at its top), not on every screen; the next action in the panel (a
 * click on a control, Enter) clears them, and so does leaving it (unmounting).
 */
export function FeedbackScope(props: { name: string; children: ReactNode; banner?: boolean }) {
  const actions = useContext(FeedbackContext)
  const { name } = props
  const clear = actions?.clear
  useEffect(() => () => clear?.(name), [clear, name])
  // Only this scope's own area: a nested panel's actions clear the nested panel's errors.
  const onAction = (event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>) => {
    if ('key' in event && event.key !== 'Enter') return
    const target = event.target as HTMLElement
    if (target.closest('[data-feedback-scope]') !== event.currentTarget || !target.closest(ACTION)) return
    if (target.closest('.banner')) return
    clear?.(name)
  }
  return (
    <ScopeContext.Provider value={name}>
      <div className="feedback-scope" data-feedback-scope={name} onClickCapture={onAction} onKeyDownCapture={onAction}>
        {props.banner !== false && <ScopeErrors />}
        {props.children}
      </div>
    </ScopeContext.Provider>
  )
}

/** The banner of the scope it stands in; `compact` inside a panel that has its own padding. */
export function ScopeErrors({ compact = false }: { compact?: boolean }) {
  return <ErrorBanner scope={useContext(ScopeContext)} compact={compact} />
}

/** The dismissible error banner of one scope (the shell's, under the top bar, by default). */
export function ErrorBanner({ scope = null, compact = false }: { scope?: string | null; compact?: boolean }) {
  const { t } = useTranslation()
  const { errors: all, dismiss: onDismiss } = useContext(BannerContext)
  const errors = all.filter((error) => error.scope === scope)
  if (errors.length === 0) return null
  return (
    <div
      className={compact ? 'banner-stack banner-stack-panel' : 'banner-stack'}
      role="alert"
      data-testid="error-banner"
      data-scope={scope ?? 'shell'}
    >
      {errors.map((error) => (
        <div className="banner banner-error" key={error.id}>
          <span className="banner-text">{describeError(error.error)}</span>
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
