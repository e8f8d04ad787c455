/**
 * Import warnings in the UI language. Beside each English warning the report carries its key and
 * parameters (ExchangeImportReport.warningTexts); this module says them from `errors.exchange.warning.*`.
 * Parameters that are themselves words (the entry, a status, why a term was skipped) are said here too.
 * A warning without a text (none today, but a reader may add one) is shown in English as sent.
 */
import type { TFunction } from 'i18next'

import type { ImportWarningText } from '../../../../shared/models'

type Params = Record<string, string | number>

/** The warning in the UI language, placed at its file and line when it has them. */
export function localizeWarning(warning: string, text: ImportWarningText | null | undefined, t: TFunction): string {
  if (!text) return warning
  const said = sayWarning(text, t)
  return text.file && text.line ? t('errors.place.line', { file: text.file, line: text.line, reason: said }) : said
}

function sayWarning({ key, params }: ImportWarningText, t: TFunction): string {
  const p: Params = { ...params }
  if (key !== 'duplicateId') p.entry = entry(params, t)
  if (key === 'sharedTerms') p.concepts = String(params.concepts).split(',').join(w(t, 'listSeparator'))
  if (key === 'statusConflict') {
    p.fileStatus = w(t, `status.${params.fileStatus}`)
    p.status = w(t, `status.${params.status}`)
  }
  if (key === 'termSkipped') p.reason = termReason(params, t)
  if (key === 'keptApart') {
    p.fields = String(params.fields)
      .split(',')
      .map((f) => w(t, `field.${f}`))
      .join(w(t, 'listAnd'))
  }
  if (key === 'fieldConflict') {
    // The field's name in the UI language; the key under which the file's value was kept stays as stored.
    p.fieldKey = String(params.field)
    p.field = w(t, `field.${params.field}`)
  }
  return w(t, key, p)
}

/** A text under errors.exchange.warning. */
function w(t: TFunction, key: string, params: Params = {}): string {
  return t(`errors.exchange.warning.${key}`, params)
}

/** The entry: by its id in the file, else by its position, else "an entry without id". */
function entry(params: Params, t: TFunction): string {
  if (params.entryId !== undefined) return w(t, 'entryId', { id: params.entryId })
  if (params.entryNumber !== undefined) return w(t, 'entryNumber', { n: params.entryNumber })
  return w(t, 'entryNoId')
}

/** Why a term was skipped: no language, or one of the term checks (errors.term.*, as the editor says it). */
function termReason(params: Params, t: TFunction): string {
  if (params.reason === 'noLanguage') return w(t, 'noLanguage')
  return t(`errors.${params.reason}`, params)
}
