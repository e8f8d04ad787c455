import type { TFunction } from 'i18next'

import type { ImportAnswers, ImportConflict, ImportFieldAnswer, ImportProposal } from '../../../../shared/models'

/** An answer list with one entry's answer for one field replaced. */
export function withFieldAnswer(answers: ImportAnswers, c: ImportConflict, answer: ImportFieldAnswer): ImportAnswers {
  const fields = (answers.fields ?? []).filter((f) => !(f.entry === c.entry && f.field === c.field))
  return { ...answers, fields: [...fields, { entry: c.entry, field: c.field, answer }] }
}

/** An answer list with one proposed merge accepted or declined. */
export function withMerge(answers: ImportAnswers, p: ImportProposal, merge: boolean): ImportAnswers {
  const rest = (answers.merge ?? []).filter((m) => m.entry !== p.entry)
  // A declined merge takes its field answers with it: they were about that merge.
  const fields = merge ? answers.fields : (answers.fields ?? []).filter((f) => f.entry !== p.entry)
  return { ...answers, merge: merge ? [...rest, { entry: p.entry, concept: p.concept }] : rest, fields }
}

/** How a question names the file's entry: by its id when it has one, else by its number. */
export function entryLabel(t: TFunction, e: { entry: number; entryId?: string }): string {
  return e.entryId !== undefined
    ? t('exchange.answers.entryId', { id: e.entryId })
    : t('exchange.answers.entryNumber', { n: e.entry })
}

/** A conflicting field's name in the UI language ("status <lang> <term>", "preferred <lang>", or a field). */
export function fieldLabel(t: TFunction, key: string): string {
  const [kind, ...rest] = key.split(' ')
  if (kind === 'status') return t('exchange.answers.fieldStatus', { term: rest.slice(1).join(' ') })
  if (kind === 'preferred') return t('exchange.answers.fieldPreferred', { lang: rest.join(' ') })
  return t(`errors.exchange.warning.field.${kind}`)
}

/** A conflicting value: a status said in the UI language; other values are the texts themselves. */
export function valueLabel(t: TFunction, c: ImportConflict, v: string): string {
  return c.field.startsWith('status ') ? t(`termStatus.${v}`) : v
}
