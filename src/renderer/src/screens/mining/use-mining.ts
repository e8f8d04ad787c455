import type { TFunction } from 'i18next'
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { MiningSummary } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { formatNumber } from '../../lib/format'

export interface MiningState {
  running: boolean
  done: number
  total: number
  message: string
  summary: MiningSummary | null
}

const idle: MiningState = { running: false, done: 0, total: 0, message: '', summary: null }

/**
 * What a run did: how much it mined (an incremental run: only the new documents, or that there were
 * none), how many review decisions it kept, and how many documents it left out and why.
 */
export function miningSummaryText(t: TFunction, summary: MiningSummary, locale: string): string {
  const mined = summary.documentsMined ?? summary.documents
  const figures = {
    count: mined,
    candidates: formatNumber(summary.candidates, locale),
    documents: formatNumber(mined, locale),
    words: formatNumber(summary.wordsMined ?? summary.words, locale),
    seconds: formatNumber(Math.round(summary.ms / 100) / 10, locale),
    kept: formatNumber(summary.kept, locale)
  }
  const incremental = summary.mode === 'incremental'
  const parts = [
    incremental && mined === 0
      ? t('candidates.minedNothingNew', figures)
      : t(incremental ? 'candidates.minedIncremental' : 'candidates.minedFull', figures)
  ]
  if (summary.kept > 0) parts.push(t('candidates.minedKept', { ...figures, count: summary.kept }))
  const skipped = summary.documentsSkipped ?? 0
  if (skipped > 0) {
    parts.push(t('candidates.minedSkipped', { count: skipped, documents: formatNumber(skipped, locale) }))
  }
  // Chinese sentences follow one another without a space (they end in "。").
  return parts.join(locale.startsWith('zh') ? '' : ' ')
}

/** Runs the miner as a job and follows its progress events. */
export function useMining(onFinished: () => void) {
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { t, i18n } = useTranslation()
  const [state, setState] = useState<MiningState>(idle)
  const jobId = useRef<string | null>(null)

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'progress' || event.jobId !== jobId.current) return
        setState((s) => ({ ...s, done: event.done, total: event.total, message: event.message ?? '' }))
      }),
    [api]
  )

  const start = useCallback(async () => {
    const id = `mine-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`
    jobId.current = id
    setState({ ...idle, running: true })
    try {
      const summary = await api.invoke('mining/run', { jobId: id })
      setState({ ...idle, summary })
      showToast({ message: miningSummaryText(t, summary, i18n.language) })
      onFinished()
    } catch (error) {
      reportError(error)
      setState(idle)
    } finally {
      jobId.current = null
    }
  }, [api, onFinished, reportError, showToast, t, i18n.language])

  const cancel = useCallback(() => {
    if (jobId.current) void api.invoke('workspace/cancelJob', { jobId: jobId.current }).catch(reportError)
  }, [api, reportError])

  return { state, start, cancel }
}
