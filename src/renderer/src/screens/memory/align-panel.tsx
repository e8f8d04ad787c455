import { useTranslation } from 'react-i18next'

import { AlignReview } from './align-review'
import { AlignToolbar } from './align-toolbar'
import { useAlignment } from './use-alignment'

/** Two corpus documents in, sentence links out; the user fixes them, then saves them as units. */
export function AlignPanel() {
  const { t } = useTranslation()
  const aligner = useAlignment()
  const { documents, alignment } = aligner
  const english = documents?.filter((d) => d.language === 'en') ?? []
  const chinese = documents?.filter((d) => d.language === 'zh') ?? []
  return (
    <div className="memory-align">
      <AlignToolbar aligner={aligner} english={english} chinese={chinese} />
      {documents && (english.length === 0 || chinese.length === 0) && (
        <p className="muted">{t('memory.align.needBoth')}</p>
      )}
      {alignment && <AlignReview aligner={aligner} alignment={alignment} />}
    </div>
  )
}
