import './mining.css'

import { useTranslation } from 'react-i18next'

import { EmptyState } from '../../components/empty-state'
import { CandidatesIcon } from '../../components/icons'
import { BulkBar } from './bulk-bar'
import { CandidateDetail } from './candidate-detail'
import { CandidateFilters } from './candidate-filters'
import { CandidateList } from './candidate-list'
import { minedEmptyCorpus } from './empty-corpus'
import { MergeDialog } from './merge-dialog'
import { MineButton } from './mine-button'
import { MiningProgress } from './mining-progress'
import { ShortcutLegend } from './shortcut-legend'
import { useCandidateActions } from './use-candidate-actions'
import { useCandidateQueue } from './use-candidate-queue'
import { useMining } from './use-mining'
import { useReviewKeys } from './use-review-keys'

/** Mining: run the miner, then review its candidates by keyboard or mouse beside each one's contexts. */
export function MiningScreen() {
  const { t } = useTranslation()
  const queue = useCandidateQueue()
  const actions = useCandidateActions(queue)
  useReviewKeys(queue, actions)
  const mining = useMining(queue.list.refresh)
  const { list, filters, current, selected } = queue
  const neverMined =
    list.total === 0 &&
    filters.status === 'new' &&
    filters.kind === 'all' &&
    filters.query === '' &&
    !mining.state.summary
  const emptyCorpus = minedEmptyCorpus(mining.state.summary, list.total)

  return (
    <section className="screen split-screen candidates-screen" data-testid="candidates-screen">
      <CandidateFilters queue={queue}>{!neverMined && <MineButton mining={mining} />}</CandidateFilters>
      {mining.state.running && <MiningProgress state={mining.state} onCancel={mining.cancel} />}
      {selected.size > 0 && <BulkBar queue={queue} actions={actions} />}
      {neverMined && !mining.state.running ? (
        <EmptyState icon={<CandidatesIcon />} title={t('mining.emptyTitle')} body={t('mining.emptyBody')}>
          <MineButton mining={mining} prominent />
        </EmptyState>
      ) : emptyCorpus && !mining.state.running ? (
        <EmptyState icon={<CandidatesIcon />} title={t('mining.emptyCorpusTitle')} body={t('mining.emptyCorpusBody')}>
          <MineButton mining={mining} prominent />
        </EmptyState>
      ) : (
        <div className="split">
          <div className="split-main">
            <CandidateList
              total={queue.total}
              version={list.version}
              rowAt={list.rowAt}
              ensure={list.ensure}
              cursor={queue.cursor}
              selected={selected}
              editingId={queue.editingId}
              onRowClick={queue.onRowClick}
              onToggle={queue.onToggle}
              onEditDone={actions.finishEdit}
              equivalents={queue.equivalents}
            />
            <ShortcutLegend />
          </div>
          <aside className="split-side panel" data-testid="candidate-detail">
            {current ? (
              <CandidateDetail
                current={current}
                contexts={queue.contexts}
                onReview={actions.reviewOne}
                onOpenConcept={actions.openConcept}
              />
            ) : (
              <p className="muted">{t('mining.noneSelected')}</p>
            )}
          </aside>
        </div>
      )}
      {actions.merging && (
        <MergeDialog sources={actions.merging} onPick={actions.merge} onClose={() => actions.setMerging(null)} />
      )}
    </section>
  )
}
