import { useTranslation } from 'react-i18next'

import { useHistoryActions } from '../../components/undo-shortcuts'
import { useApiQuery } from '../../data/use-api-query'
import { formatDateTime } from '../../lib/format'
import { historyLabel } from '../../lib/history-label'
import { TeamHistory } from '../team/team-history'
import { conceptChanges } from './concept-changes'

/** The concept's edit history, newest first, with the workspace's undo and redo. */
export function HistoryPanel({ conceptId }: { conceptId: number }) {
  const { t, i18n } = useTranslation()
  const { undo, redo } = useHistoryActions()
  const entries = useApiQuery('workspace/history', { conceptId, limit: 50 }, { refreshOn: conceptChanges }).data ?? null

  return (
    <section className="editor-section" data-testid="history-panel">
      <header className="section-header">
        <h3 className="section-title">{t('termbase.history.title')}</h3>
        <button type="button" className="button button-small" data-testid="history-undo" onClick={() => void undo()}>
          {t('common.undo')}
        </button>
        <button type="button" className="button button-small" data-testid="history-redo" onClick={() => void redo()}>
          {t('common.redo')}
        </button>
      </header>
      {entries === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : entries.length === 0 ? (
        <p className="muted">{t('termbase.history.none')}</p>
      ) : (
        <ol className="history-list">
          {entries.map((entry) => (
            <li key={entry.id} className={entry.undone ? 'is-undone' : undefined} data-testid="history-entry">
              <span className="history-label">{historyLabel(entry, t)}</span>
              {entry.undone && <span className="review-tag">{t('termbase.history.undone')}</span>}
              <time className="history-time" dateTime={entry.at}>
                {formatDateTime(entry.at, i18n.language)}
              </time>
            </li>
          ))}
        </ol>
      )}
      <TeamHistory conceptId={conceptId} />
    </section>
  )
}
