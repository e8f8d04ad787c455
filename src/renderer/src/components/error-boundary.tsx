import i18n from 'i18next'
import { Component, type ErrorInfo, type ReactNode } from 'react'

interface State {
  error: Error | null
}

/** Last line of defence: a render error shows a readable panel instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack)
  }

  override render() {
    if (!this.state.error) return this.props.children
    return (
      <div className="crash" role="alert">
        <h1>{i18n.t('crash.title')}</h1>
        <p>{i18n.t('crash.body')}</p>
        <pre className="crash-detail">{this.state.error.message}</pre>
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {i18n.t('crash.reload')}
        </button>
      </div>
    )
  }
}
