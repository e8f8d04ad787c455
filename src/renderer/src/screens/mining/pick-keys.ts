import type { KeyboardEvent } from 'react'

/** The pick ↑/↓ moves to: from the search box (-1) down to the first, wrapping at both ends; -1 with none. */
export function nextPick(current: number, step: 1 | -1, count: number): number {
  if (count === 0) return -1
  if (current < 0) return step === 1 ? 0 : count - 1
  return (current + step + count) % count
}

/**
 * The merge dialog by keyboard (#15 §3): ↑/↓ walk the picks in reading order (the search box included as the
 * start), Enter in the search box takes the first pick; Enter on a pick is the button's own.
 */
export function onPickKeys(event: KeyboardEvent<HTMLElement>): void {
  const picks = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button.pick-item')]
  const at = picks.indexOf(document.activeElement as HTMLButtonElement)
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const next = nextPick(at, event.key === 'ArrowDown' ? 1 : -1, picks.length)
    if (next < 0) return
    event.preventDefault()
    picks[next].focus()
  } else if (event.key === 'Enter' && at < 0 && (event.target as HTMLElement).tagName === 'INPUT' && picks[0]) {
    event.preventDefault()
    picks[0].click()
  }
}
