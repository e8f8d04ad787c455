import { useTranslation } from 'react-i18next'

import { Dialog } from '../../components/dialog'

/** What the save was refused for (termbase.twoPreferred): the language and its preferred terms. */
export interface TwoPreferred {
  lang: string
  terms: string
}

/**
 * "Keep both preferred?": the term base refuses a second preferred term in a language unasked (#15 §2). Keep
 * both saves again with allowTwoPreferred; Cancel returns to the editor to make one of them admitted.
 */
export function TwoPreferredDialog(props: { question: TwoPreferred; onKeepBoth: () => void; onClose: () => void }) {
  const { t } = useTranslation()
  const family = props.question.lang.toLowerCase().split('-')[0]
  const lang = family === 'en' || family === 'zh' ? t(`language.${family}`) : props.question.lang
  return (
    <Dialog title={t('termbase.twoPreferred.title')} onClose={props.onClose} testId="two-preferred-dialog">
      <p>{t('termbase.twoPreferred.text', { lang, terms: props.question.terms })}</p>
      <p className="muted">{t('termbase.twoPreferred.hint')}</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="two-preferred-keep"
          onClick={props.onKeepBoth}
        >
          {t('termbase.twoPreferred.keepBoth')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid="two-preferred-cancel"
          onClick={props.onClose}
        >
          {t('termbase.twoPreferred.edit')}
        </button>
      </div>
    </Dialog>
  )
}

/** The question in a save's refusal, or null when the error is another one. */
export function twoPreferredQuestion(error: {
  payload: { code: string; key?: string; params?: Record<string, string | number> }
}): TwoPreferred | null {
  if (error.payload.code !== 'conflict' || error.payload.key !== 'termbase.twoPreferred') return null
  const params = error.payload.params ?? {}
  return { lang: String(params.lang ?? ''), terms: String(params.terms ?? '') }
}
