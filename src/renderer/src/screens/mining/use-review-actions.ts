import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

import type { CandidateStatus } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { type ToastAction, useFeedback } from '../../components/feedback'
import { useNavigation } from '../../components/navigation'
import { useHistoryActions } from '../../components/undo-shortcuts'

export type ReviewVerb = 'accept' | 'reject' | 'skip'

/** The status a review verb gives a candidate. */
export const statusAfter: Record<ReviewVerb, CandidateStatus> = {
  accept: 'accepted',
  reject: 'rejected',
  skip: 'skipped'
}

/**
 * Accept, reject and skip, each with a toast that can undo exactly that change. Accepting keeps the
 * reviewer in the list (keyboard review goes on with the next candidate); the toast of a single accept
 * offers its concept's entry. `onReviewed` runs after a change was made, with the verb and the ids.
 */
export function useReviewActions(refresh: () => void, onReviewed: (verb: ReviewVerb, ids: number[]) => void) {
  const api = useApi()
  const { t } = useTranslation()
  const { reportError, showToast } = useFeedback()
  const { navigate } = useNavigation()
  const { undoToast } = useHistoryActions()

  const openConcept = useCallback((conceptId: number) => navigate('termbase', { conceptId }), [navigate])

  /**
   * `term`: the one candidate's text, named in the toast (the cursor has moved on by then). `chinese`:
   * the Chinese term the new concept takes (accept with the equivalent).
   */
  const review = useCallback(
    async (verb: ReviewVerb, ids: number[], term?: string, chinese?: string) => {
      if (ids.length === 0) return
      const one = ids.length === 1 && term !== undefined
      try {
        if (verb !== 'accept') {
          await api.invoke(verb === 'reject' ? 'mining/reject' : 'mining/skip', { ids })
          onReviewed(verb, ids)
          refresh()
          const message =
            verb === 'reject'
              ? one
                ? t('mining.done.rejectedTerm', { term })
                : t('mining.done.rejected', { count: ids.length })
              : one
                ? t('mining.done.skippedTerm', { term })
                : t('mining.done.skipped', { count: ids.length })
          void undoToast(message, refresh)
          return
        }
        const { conceptIds, accepted } = await api.invoke('mining/accept', {
          ids,
          chinese: chinese && ids.length === 1 ? [{ id: ids[0], text: chinese }] : undefined
        })
        const conceptId = ids.length === 1 ? conceptIds[0] : undefined
        const open: ToastAction | undefined =
          conceptId === undefined ? undefined : { label: t('mining.openConcept'), run: () => openConcept(conceptId) }
        if (accepted === 0) {
          // Nothing changed (and nothing was written to the history): no Undo to offer.
          showToast({
            message: one
              ? t('mining.done.alreadyAcceptedTerm', { term })
              : t('mining.done.alreadyAccepted', { count: ids.length }),
            secondAction: open
          })
          return
        }
        onReviewed(verb, ids)
        refresh()
        const already = ids.length - accepted
        const message = one
          ? chinese
            ? t('mining.done.acceptedWithChinese', { term, chinese })
            : t('mining.done.acceptedTerm', { term })
          : already > 0
            ? `${t('mining.done.accepted', { count: accepted })} ${t('mining.done.alsoAccepted', { count: already })}`
            : t('mining.done.accepted', { count: accepted })
        void undoToast(message, refresh, open)
      } catch (error) {
        reportError(error)
      }
    },
    [api, onReviewed, openConcept, refresh, reportError, showToast, t, undoToast]
  )

  return { review, openConcept }
}
