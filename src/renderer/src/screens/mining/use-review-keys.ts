import { useEffect } from 'react'

import { isTypingTarget } from '../../components/undo-shortcuts'
import { moveCursor, screenKey, toggleId } from './selection'
import type { useCandidateActions } from './use-candidate-actions'
import type { CandidateQueue } from './use-candidate-queue'

/** The review keys anywhere on the screen (j/k, a/r/s, e, m, Space), while no dialog or inline edit is open. */
export function useReviewKeys(queue: CandidateQueue, actions: ReturnType<typeof useCandidateActions>): void {
  const { cursor, total, current, selected, editingId, setCursor, setAnchor, setSelected, setEditingId, equivalents } =
    queue
  const { merging, openMerge, review } = actions
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (merging || editingId !== null) return
      const command = screenKey(event, isTypingTarget)
      if (!command) return
      event.preventDefault()
      if (command === 'down' || command === 'up') {
        const next = moveCursor(cursor, command === 'down' ? 1 : -1, total)
        setCursor(next)
        setAnchor(next)
      } else if (command === 'toggle') {
        if (current !== undefined) setSelected((s) => toggleId(s, current.id))
      } else if (command === 'edit') {
        if (current !== undefined) setEditingId(current.id)
      } else if (command === 'merge') {
        openMerge()
      } else if (command === 'acceptChinese') {
        // The candidate under the cursor (an equivalent is one candidate's): the column's equivalent when
        // it has one, else asked for now; none: a plain accept.
        if (current === undefined) return
        const row = current
        void equivalents.fetchOne(row.id).then(
          (found) => review('accept', [row.id], row.term, found?.equivalents[0]?.text),
          () => review('accept', [row.id], row.term)
        )
      } else {
        const target = reviewTarget(selected, current)
        if (target) void review(command, target.ids, target.term)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [
    cursor,
    total,
    current,
    selected,
    merging,
    editingId,
    openMerge,
    review,
    equivalents,
    setCursor,
    setAnchor,
    setSelected,
    setEditingId
  ])
}

/**
 * What a/r/s act on (#15 §3, as the legend says): the ticked rows when there are any (like the bulk bar),
 * else the candidate under the cursor.
 */
export function reviewTarget(
  selected: ReadonlySet<number>,
  current: { id: number; term: string } | undefined
): { ids: number[]; term?: string } | null {
  if (selected.size > 0) return { ids: [...selected] }
  return current ? { ids: [current.id], term: current.term } : null
}
