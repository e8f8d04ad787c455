import { useEffect } from 'react'

import { isTypingTarget } from '../../components/undo-shortcuts'
import { moveCursor, screenKey, toggleId } from './selection'
import type { useCandidateActions } from './use-candidate-actions'
import type { CandidateQueue } from './use-candidate-queue'

/** The review keys anywhere on the screen (j/k, a/r/s, e, m, Space), while no dialog or inline edit is open. */
export function useReviewKeys(queue: CandidateQueue, actions: ReturnType<typeof useCandidateActions>): void {
  const { cursor, total, current, editingId, setCursor, setAnchor, setSelected, setEditingId, equivalents } = queue
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
        if (current === undefined) return
        // The column's equivalent when it has one, else asked for now; none: a plain accept.
        const row = current
        void equivalents.fetchOne(row.id).then(
          (found) => review('accept', [row.id], row.term, found?.equivalents[0]?.text),
          () => review('accept', [row.id], row.term)
        )
      } else if (current !== undefined) {
        // Like the detail pane's buttons: the candidate under the cursor; ticked rows have the bulk bar.
        void review(command, [current.id], current.term)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [
    cursor,
    total,
    current,
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
