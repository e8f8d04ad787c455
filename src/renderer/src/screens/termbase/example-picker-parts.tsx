import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/** A sentence's button in the example picker, and the translation it went in with once added. */
export function PickExampleButton(props: {
  done: boolean
  pairedZh: string | undefined
  withZh: boolean
  onPick: () => void
}) {
  const { t } = useTranslation()
  const label = props.done
    ? t('termbase.examples.added')
    : props.withZh
      ? t('termbase.examples.addWithZh')
      : t('termbase.examples.addThis')
  return (
    <>
      {props.pairedZh && (
        <span className="example-picked-zh" lang="zh-CN" data-testid="picked-zh">
          {t('termbase.examples.pairedZh', { zh: props.pairedZh })}
        </span>
      )}
      <button
        type="button"
        className="button button-small push-end"
        data-testid="pick-example"
        disabled={props.done}
        onClick={props.onPick}
      >
        {label}
      </button>
    </>
  )
}

/** The optional translation of the whole sentence, added with the next sentence picked. */
export function ExampleZhField(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation()
  const hintId = useId()
  return (
    <label className="field example-zh-field">
      <span>{t('termbase.examples.zh')}</span>
      <input
        className="text-input"
        lang="zh-CN"
        value={props.value}
        data-testid="example-zh-input"
        placeholder={t('termbase.examples.zhPlaceholder')}
        aria-describedby={hintId}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <span className="hint" id={hintId}>
        {t('termbase.examples.zhHint')}
      </span>
    </label>
  )
}
