import { useTranslation } from 'react-i18next'

import { Dialog } from '../../components/dialog'
import type { LeaveChoice } from './unsaved-guard'

/**
 * "Unsaved changes": asked before leaving an editor with edits. Save comes first (and takes the focus),
 * so Enter keeps the work; Escape, the close button and the backdrop all mean Keep editing.
 */
export function UnsavedDialog({ name, onAnswer }: { name: string | null; onAnswer: (choice: LeaveChoice) => void }) {
  const { t } = useTranslation()
  return (
    <Dialog title={t('termbase.unsavedDialog.title')} onClose={() => onAnswer('keep')} testId="unsaved-dialog">
      <p>{name ? t('termbase.unsavedDialog.body', { name }) : t('termbase.unsavedDialog.bodyNew')}</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="unsaved-save"
          onClick={() => onAnswer('save')}
        >
          {t('termbase.unsavedDialog.save')}
        </button>
        <button
          type="button"
          className="button button-danger"
          data-testid="unsaved-discard"
          onClick={() => onAnswer('discard')}
        >
          {t('termbase.unsavedDialog.discard')}
        </button>
        <button
          type="button"
          className="button button-quiet"
          data-testid="unsaved-keep"
          onClick={() => onAnswer('keep')}
        >
          {t('termbase.unsavedDialog.keep')}
        </button>
      </div>
    </Dialog>
  )
}
