import type { CollocatesRequest } from '../../../../shared/api/concordance'
import { buildRequest, type SearchState } from './search-state'

export interface CollocateSettings {
  window: number
  minFreq: number
  by: 'logDice' | 'mi'
  /** List function words too (left out by default). */
  functionWords: boolean
}

export const defaultCollocateSettings: CollocateSettings = {
  window: 5,
  minFreq: 2,
  by: 'logDice',
  functionWords: false
}
const top = 50

/** A typed number kept within [min, max]; anything that is not a number keeps the old value. */
export function clampInt(value: string, min: number, max: number, fallback: number): number {
  const n = Math.round(Number(value))
  return Number.isFinite(n) && value.trim() !== '' ? Math.min(max, Math.max(min, n)) : fallback
}

/** The collocates request for the current search: same query and filters, no paging or sort. */
export function collocatesRequest(state: SearchState, settings: CollocateSettings): CollocatesRequest {
  const { offset: _offset, limit: _limit, sort: _sort, ...base } = buildRequest(state, 0, 1)
  const request: CollocatesRequest = {
    ...base,
    window: settings.window,
    minFreq: settings.minFreq,
    by: settings.by,
    top
  }
  if (settings.functionWords) request.functionWords = true
  return request
}
