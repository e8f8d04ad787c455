import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { type ExportFormat, TERM_STATUSES, type TermStatus } from '../../../../shared/models'
import { Dialog } from '../../components/dialog'
import { statusLabels } from '../../components/term-status-badge'
import { formatNumber } from '../../lib/format'
import type { BulkEdit } from './use-bulk-edit'

const EXPORT_FORMATS: [ExportFormat, string][] = [
  ['tbx', 'TBX'],
  ['csv', 'CSV'],
  ['xlsx', 'XLSX'],
  ['html', 'HTML']
]

/** Above the list while concepts are ticked: what to do with all of them (each action one undoable step). */
export function BulkBar({ bulk }: { bulk: BulkEdit }) {
  const { t, i18n } = useTranslation()
  const statuses = statusLabels(t)
  const [status, setStatus] = useState<TermStatus>('admitted')
  const [lang, setLang] = useState('')
  const [domain, setDomain] = useState('')
  const [note, setNote] = useState('')
  const [format, setFormat] = useState<ExportFormat>('tbx')
  const [confirmDelete, setConfirmDelete] = useState(false)
  const count = bulk.ids.size
  const n = formatNumber(count, i18n.language)
  return (
    <section className="termbase-bulk" aria-label={t('termbase.bulk.title')} data-testid="bulk-bar">
      <div className="termbase-bulk-head">
        <strong data-testid="bulk-count">{t('termbase.bulk.count', { count, n })}</strong>
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={bulk.clear}
          data-testid="bulk-clear"
        >
          {t('termbase.bulk.clear')}
        </button>
      </div>
      <div className="termbase-bulk-line">
        <label className="termbase-bulk-label" htmlFor="bulk-status">
          {t('termbase.bulk.status')}
        </label>
        <select id="bulk-status" value={status} onChange={(e) => setStatus(e.target.value as TermStatus)}>
          {TERM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statuses[s]}
            </option>
          ))}
        </select>
        <select aria-label={t('termbase.bulk.lang')} value={lang} onChange={(e) => setLang(e.target.value)}>
          <option value="">{t('termbase.bulk.allLanguages')}</option>
          <option value="en">{t('language.en')}</option>
          <option value="zh">{t('language.zh')}</option>
        </select>
        <button
          type="button"
          className="button"
          disabled={bulk.busy}
          data-testid="bulk-set-status"
          onClick={() => void bulk.apply({ kind: 'status', status, ...(lang ? { lang } : {}) })}
        >
          {t('termbase.bulk.set')}
        </button>
      </div>
      <div className="termbase-bulk-line">
        <label className="termbase-bulk-label" htmlFor="bulk-domain">
          {t('termbase.bulk.domain')}
        </label>
        <input
          id="bulk-domain"
          className="text-input"
          value={domain}
          data-testid="bulk-domain"
          onChange={(e) => setDomain(e.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={bulk.busy}
          data-testid="bulk-set-domain"
          onClick={() => void bulk.apply({ kind: 'domain', domain: domain.trim() })}
        >
          {t('termbase.bulk.set')}
        </button>
      </div>
      <div className="termbase-bulk-line">
        <label className="termbase-bulk-label" htmlFor="bulk-note">
          {t('termbase.bulk.note')}
        </label>
        <input
          id="bulk-note"
          className="text-input"
          value={note}
          data-testid="bulk-note"
          onChange={(e) => setNote(e.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={bulk.busy}
          data-testid="bulk-set-note"
          onClick={() => void bulk.apply({ kind: 'note', note, mode: 'set' })}
        >
          {t('termbase.bulk.set')}
        </button>
        <button
          type="button"
          className="button"
          disabled={bulk.busy || !note.trim()}
          data-testid="bulk-append-note"
          onClick={() => void bulk.apply({ kind: 'note', note, mode: 'append' })}
        >
          {t('termbase.bulk.append')}
        </button>
      </div>
      <div className="termbase-bulk-line">
        <label className="termbase-bulk-label" htmlFor="bulk-format">
          {t('termbase.bulk.export')}
        </label>
        <select id="bulk-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={bulk.busy}
          data-testid="bulk-export"
          onClick={() => void bulk.exportSelection(format)}
        >
          {t('termbase.bulk.exportRun')}
        </button>
        <button
          type="button"
          className="button button-danger push-end"
          disabled={bulk.busy}
          data-testid="bulk-delete"
          onClick={() => setConfirmDelete(true)}
        >
          {t('termbase.bulk.delete')}
        </button>
      </div>
      {confirmDelete && (
        <Dialog
          title={t('termbase.bulk.deleteTitle')}
          onClose={() => setConfirmDelete(false)}
          testId="bulk-delete-dialog"
        >
          <p>{t('termbase.bulk.deleteText', { count, n })}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </button>
            <button
              type="button"
              className="button button-danger"
              data-testid="bulk-delete-confirm"
              onClick={() => {
                setConfirmDelete(false)
                void bulk.apply({ kind: 'delete' })
              }}
            >
              {t('termbase.bulk.delete')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  )
}
