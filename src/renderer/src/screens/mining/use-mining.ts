import type { TFunction } from 'i18next'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'

import type { MiningSummary } from '../../../../shared/models'
import { useApi } from '../../api-context'
import { useFeedback } from '../../components/feedback'
import { useJob } from '../../data/use-job'
import { formatNumber } from '../../lib/format'

export interface MiningState {
  running: boolean
  done: number
  total: number
  message: string
  summary: MiningSummary | null
}

/**
 * What a run did: how much the English miner mined (then the Chinese miner's part, when the corpus has
 * Chinese documents) (an incremental run: only the new documents, or that there were
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
  // A workspace of Chinese documents only: the English miner's "0 candidates from 0 documents" says nothing.
  const englishNone = summary.chinese !== undefined && summary.documents === 0
  const parts = englishNone
    ? []
    : [
        incremental && mined === 0
          ? t('mining.minedNothingNew', figures)
          : t(incremental ? 'mining.minedIncremental' : 'mining.minedFull', figures)
      ]
  if (summary.kept > 0) parts.push(t('mining.minedKept', { ...figures, count: summary.kept }))
  const zh = summary.chinese
  if (zh) {
    parts.push(
      t('mining.minedChinese', {
        candidates: formatNumber(zh.candidates, locale),
        documents: formatNumber(zh.documents, locale),
        characters: formatNumber(zh.characters, locale),
        seconds: formatNumber(Math.round(zh.ms / 100) / 10, locale)
      })
    )
  }
  const skipped = summary.documentsSkipped ?? 0
  if (skipped > 0) {
    parts.push(t('mining.minedSkipped', { count: skipped, documents: formatNumber(skipped, locale) }))
  }
  // Chinese sentences follow one another without a space (they end in "。").
  return parts.join(locale.startsWith('zh') ? '' : ' ')
}

/** Runs the miner as a job and follows its progress events; `onFinished` after a run that completed. */
export function useMining(onFinished: () => void) {
  const api = useApi()
  const { reportError, showToast } = useFeedback()
  const { t, i18n } = useTranslation()
  const job = useJob('mine')
  const { run, cancel } = job
  const [summary, setSummary] = useState<MiningSummary | null>(null)

  const start = useCallback(async () => {
    setSummary(null)
    try {
      const result = await run((jobId) => api.invoke('mining/run', { jobId }))
      setSummary(result)
      showToast({ message: miningSummaryText(t, result, i18n.language) })
      onFinished()
    } catch (error) {
      reportError(error)
    }
  }, [api, run, onFinished, reportError, showToast, t, i18n.language])

  const stop = useCallback(() => void cancel().catch(reportError), [cancel, reportError])

  const progress = job.progress
  const state: MiningState = {
    running: job.running,
    done: progress?.done ?? 0,
    total: progress?.total ?? 0,
    message: progress?.message ?? '',
    summary
  }
  return { state, start, cancel: stop }
}
