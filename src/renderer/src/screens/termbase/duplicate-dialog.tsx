import { useTranslation } from 'react-i18next'

import type { DuplicateTerm } from '../../../../shared/models'
import { Dialog } from '../../components/dialog'

interface DuplicateDialogProps {
  duplicates: DuplicateTerm[]
  /** The other concepts' names (first English terms) as far as known: see use-concept-names.ts. */
  names: ReadonlyMap<number, string>
  onOpen: (conceptId: number) => void
  onMerge: (conceptId: number) => void
  onSaveAnyway: () => void
  onClose: () => void
}

/** "Term already exists": names the other concept by its first English term, as the list shows it. */
export function DuplicateDialog(props: DuplicateDialogProps) {
  const { duplicates, names, onOpen, onMerge, onSaveAnyway, onClose } = props
  const { t } = useTranslation()
  return (
    <Dialog title={t('termbase.duplicates.title')} onClose={onClose} testId="duplicate-dialog">
      <ul className="duplicate-list">
        {duplicates.map((dup) => {
          const name = names.get(dup.conceptId)
          return (
            <li key={`${dup.conceptId}-${dup.lang}-${dup.text}`}>
              <p data-testid="duplicate-text">
                {name
                  ? t('termbase.duplicates.existsIn', { text: dup.text, name })
                  : t('termbase.duplicates.exists', { text: dup.text, id: dup.conceptId })}
              </p>
              <div className="dialog-actions">
                <button
                  type="button"
                  className="button"
                  data-testid="duplicate-open"
                  onClick={() => onOpen(dup.conceptId)}
                >
                  {t('termbase.duplicates.open')}
                </button>
                <button
                  type="button"
                  className="button"
                  data-testid="duplicate-merge"
                  onClick={() => onMerge(dup.conceptId)}
                >
                  {t('termbase.duplicates.merge')}
                </button>
              </div>
            </li>
          )
        })}
      </ul>
      <div className="dialog-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="duplicate-save-anyway"
          onClick={onSaveAnyway}
        >
          {t('termbase.duplicates.saveAnyway')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  )
}
