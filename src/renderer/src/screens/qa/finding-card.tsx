import { useTranslation } from 'react-i18next'

import type { QaFinding } from '../../../../shared/api/qa'
import { useNavigation } from '../../components/navigation'
import { MarkedText } from './marked-text'

/** One finding: where it is, what was expected and found, the unit's two sides, and what to do about it. */
export function FindingCard(props: {
  finding: QaFinding
  srcLang: string
  tgtLang: string
  onDismiss: (finding: QaFinding, dismissed: boolean) => void
}) {
  const { t } = useTranslation()
  const { navigate } = useNavigation()
  const f = props.finding
  return (
    <li className={f.dismissed ? 'qa-finding qa-dismissed' : 'qa-finding'} data-testid="qa-finding" data-unit={f.unit}>
      <div className="qa-finding-head">
        <span className="qa-unit">{t('qa.unit', { unit: f.unit, line: f.line })}</span>
        {f.side === 'source' && <span className="badge">{t('qa.sourceSide')}</span>}
        {f.dismissed && <span className="badge qa-badge-dismissed">{t('qa.dismissedTag')}</span>}
        <span className="qa-found">
          {t('qa.found')}: <strong>{f.found || t('qa.nothingFound')}</strong>
        </span>
        <span className="push-end" />
        {f.conceptId !== null && (
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => navigate('termbase', { conceptId: f.conceptId as number })}
          >
            {t('qa.openConcept')}
          </button>
        )}
        <button
          type="button"
          className="button button-quiet button-small"
          data-testid="qa-dismiss"
          onClick={() => props.onDismiss(f, !f.dismissed)}
        >
          {f.dismissed ? t('qa.undoDismiss') : t('qa.notAnError')}
        </button>
      </div>
      <dl className="qa-sides">
        <dt>{t('qa.source')}</dt>
        <dd>
          <MarkedText text={f.source} span={f.sourceSpan} lang={props.srcLang} />
        </dd>
        <dt>{t('qa.target')}</dt>
        <dd>
          <MarkedText text={f.target} span={f.targetSpan} lang={props.tgtLang} />
        </dd>
      </dl>
    </li>
  )
}
