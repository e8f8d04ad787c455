/** Pure helpers for the review queue's cursor and bulk selection. */

export function toggleId(selected: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(selected)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/** Ids of the loaded rows between two indexes, inclusive, in either order (Shift+click). */
export function rangeIds(rowAt: (index: number) => { id: number } | undefined, from: number, to: number): number[] {
  const out: number[] = []
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    const row = rowAt(i)
    if (row) out.push(row.id)
  }
  return out
}

/** The cursor after a move, kept inside the list; -1 only when the list is empty. */
export function moveCursor(cursor: number, step: number, total: number): number {
  if (total <= 0) return -1
  return Math.max(0, Math.min(total - 1, cursor < 0 ? 0 : cursor + step))
}

export type ReviewKey = 'down' | 'up' | 'accept' | 'acceptChinese' | 'reject' | 'skip' | 'edit' | 'merge' | 'toggle'

/** Maps a key press to a review command; modifier chords belong to the app (undo, save). */
export function reviewKey(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}): ReviewKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      return 'down'
    case 'ArrowUp':
    case 'k':
      return 'up'
    case 'a':
      return 'accept'
    // Shift+A: accept with the Chinese equivalent (the concept gets it as its Chinese term).
    case 'A':
      return 'acceptChinese'
    case 'r':
      return 'reject'
    case 's':
      return 'skip'
    case 'e':
      return 'edit'
    case 'm':
      return 'merge'
    case ' ':
      return 'toggle'
    default:
      return null
  }
}

/**
 * The review command for a key press anywhere on the screen, or null when the key is not the screen's:
 * typed into a text field, or Space on a focused checkbox (ticked with the mouse: Space toggles that
 * checkbox natively, and toggling the cursor row as well would undo it). A focused checkbox keeps every
 * other shortcut working.
 */
export function screenKey(
  event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null },
  isTypingTarget: (target: EventTarget | null) => boolean
): ReviewKey | null {
  if (isTypingTarget(event.target)) return null
  const command = reviewKey(event)
  if (command === 'toggle' && (event.target as { type?: unknown } | null)?.type === 'checkbox') return null
  return command
}

/**
 * Where the cursor goes after one candidate under it was reviewed: on to the next one. When the review
 * takes the row out of this view (reviewing in "To review"), the next row slides up under the cursor;
 * when the row stays (the view shows its new status too), the cursor steps down.
 */
export function cursorAfterReview(cursor: number, total: number, rowStaysInView: boolean): number {
  return rowStaysInView ? moveCursor(cursor, 1, total) : cursor
}
