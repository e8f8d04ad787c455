import type { ReactNode } from 'react'

/** The centred panel a screen shows when it has nothing to list yet. */
export function EmptyState(props: { icon?: ReactNode; title: string; body: string; children?: ReactNode }) {
  return (
    <div className="empty-state" data-testid="empty-state">
      {props.icon && <div className="empty-icon">{props.icon}</div>}
      <h2 className="empty-title">{props.title}</h2>
      <p className="empty-body">{props.body}</p>
      {props.children && <div className="empty-actions">{props.children}</div>}
    </div>
  )
}
