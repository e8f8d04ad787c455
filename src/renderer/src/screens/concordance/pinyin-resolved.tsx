import { useTranslation } from 'react-i18next'

import type { PinyinResolution } from '../../../../shared/api/concordance'
import { formatNumber } from '../../lib/format'
import { pinyinSummary } from './search-state'

/**
 * The line above the hits of a pinyin search: "xin zhi sheng chan li → 新质生产力 (12)、…", or that
 * nothing in the workspace reads that way. Renders nothing for other searches.
 */
export function PinyinResolved(props: { resolution: PinyinResolution | undefined }) {
  const { t, i18n } = useTranslation()
  const resolution = props.resolution
  if (!resolution) return null
  const list = pinyinSummary(resolution, (n) => formatNumber(n, i18n.language))
  return (
    <p className="conc-pinyin small" data-testid="concordance-pinyin" lang="zh-CN">
      {resolution.strings.length === 0
        ? t('concordance.pinyinNone', { syllables: resolution.syllables })
        : t('concordance.pinyinResolved', { syllables: resolution.syllables, strings: list })}
    </p>
  )
}
