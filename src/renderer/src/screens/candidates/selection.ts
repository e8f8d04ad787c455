/** Pure helpers for the review queue's cursor and bulk selection. */

export function toggleId(selected: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(selected)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

/** Ids of the loaded rows between two indexes, inclusive, in either order (Shift+click). */
export function rangeIds(rowAt: (index: number) => { id: number } | undefined, from: number,
  to: number): number[] {
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
  return Math.max(0, Math.min(total - 1, (cursor < 0 ? 0 : cursor + step)))
}

export type ReviewKey = 'down' | 'up' | 'accept' | 'reject' | 'skip' | 'edit' | 'merge' | 'toggle'

/** Maps a key press to a review command; modifier chords belong to the app (undo, save). */
export function reviewKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }):
  ReviewKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  switch (event.key) {
    case 'ArrowDown': case 'j': return 'down'
    case 'ArrowUp': case 'k': return 'up'
    case 'a': return 'accept'
    case 'r': return 'reject'
    case 's': return 'skip'
    case 'e': return 'edit'
    case 'm': return 'merge'
    case ' ': return 'toggle'
    default: return null
  }
}
