import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateRow } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useHistoryActions } from '../../components/undo-shortcuts'
import { useApiAction } from '../../data/use-api-action'
import type { MergeTarget } from './merge-dialog'
import { cursorAfterReview } from './selection'
import type { CandidateQueue } from './use-candidate-queue'
import { type ReviewVerb, statusAfter, useReviewActions } from './use-review-actions'

/** What the queue's rows can have done to them: review, edit in place, merge; each write offers its undo. */
export function useCandidateActions(queue: CandidateQueue) {
  const { t } = useTranslation()
  const api = useApi()
  const { run } = useApiAction()
  const { undoToast } = useHistoryActions()
  const [merging, setMerging] = useState<CandidateRow[] | null>(null)
  const { list, total, current, selected, setSelected, setCursor, setEditingId } = queue
  const { refresh } = list
  const currentId = current?.id
  const status = queue.filters.status

  const afterAction = useCallback(
    (message: string) => {
      setSelected(new Set())
      refresh()
      void undoToast(message, refresh)
    },
    [refresh, setSelected, undoToast]
  )

  /**
   * After a review: a bulk action clears the ticks; one candidate's moves the cursor on to the next one
   * (when the reviewed row leaves this view, the next one takes its place under the cursor).
   */
  const onReviewed = useCallback(
    (verb: ReviewVerb, ids: number[]) => {
      setSelected((ticked) => {
        const next = new Set(ticked)
        for (const id of ids) next.delete(id)
        return next
      })
      if (ids.length === 1 && ids[0] === currentId) {
        setCursor((c) => cursorAfterReview(c, total, status === 'all' || status === statusAfter[verb]))
      }
    },
    [currentId, status, total, setCursor, setSelected]
  )
  const { review, openConcept } = useReviewActions(refresh, onReviewed)
  const reviewOne = useCallback(
    (verb: ReviewVerb, row: CandidateRow) => void review(verb, [row.id], row.term),
    [review]
  )
  const reviewTicked = (verb: ReviewVerb) => void review(verb, [...selected])

  const finishEdit = useCallback(
    (id: number, term: string | null) => {
      setEditingId(null)
      if (term === null) return
      void run(async () => {
        await api.invoke('mining/edit', { id, term })
        afterAction(t('mining.done.edited', { term }))
      })
    },
    [api, afterAction, run, setEditingId, t]
  )

  const merge = (target: MergeTarget) => {
    // One of the ticked candidates may be the target: the others merge into it.
    const into = 'intoCandidate' in target ? target.intoCandidate : undefined
    const ids = (merging ?? []).map((s) => s.id).filter((id) => id !== into)
    setMerging(null)
    if (ids.length === 0) return
    void run(async () => {
      await api.invoke('mining/merge', { ids, ...target })
      afterAction(t('mining.done.merged', { count: ids.length }))
    })
  }

  const { targets } = queue
  const openMerge = useCallback(() => {
    const rows = targets()
    if (rows.length > 0) setMerging(rows)
  }, [targets])

  return { review, reviewOne, reviewTicked, openConcept, finishEdit, merging, setMerging, merge, openMerge }
}
