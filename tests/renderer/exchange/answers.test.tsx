/** The import preview's questions (#15 §2): proposals to tick and conflicts answered per field. */
import { renderToStaticMarkup } from 'react-dom/server'
import { I18nextProvider } from 'react-i18next'
import { beforeAll, describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { withFieldAnswer, withMerge } from '../../../src/renderer/src/screens/exchange/import-answer-edits'
import { ImportAnswersPanel } from '../../../src/renderer/src/screens/exchange/import-answers'
import type { ExchangeImportReport, ImportConflict, ImportProposal } from '../../../src/shared/models'

const proposal: ImportProposal = {
  entry: 2,
  entryId: 'm1b',
  concept: 7,
  conceptTerm: 'opening up',
  shared: ['opening-up'],
  merged: false
}
const conflict: ImportConflict = {
  entry: 2,
  entryId: 'm1b',
  concept: 7,
  field: 'definition',
  mine: 'Opening to the world',
  theirs: '<b>Putting into operation</b>',
  answer: 'both'
}
const report: ExchangeImportReport = {
  file: '/x/g.tbx',
  kind: 'tbx',
  new: 1,
  merged: 0,
  conflicting: 0,
  rejected: 0,
  duplicates: 0,
  warnings: [],
  proposals: [proposal],
  conflicts: [conflict, { ...conflict, field: 'status zh-CN 开放', mine: 'preferred', theirs: 'admitted' }]
}

let i18n: Awaited<ReturnType<typeof initI18n>>
beforeAll(async () => {
  i18n = await initI18n('en')
})

describe('import answers', () => {
  it('accepting and declining a merge; a declined merge drops its field answers', () => {
    const accepted = withFieldAnswer(withMerge({}, proposal, true), conflict, 'theirs')
    expect(accepted).toEqual({
      merge: [{ entry: 2, concept: 7 }],
      fields: [{ entry: 2, field: 'definition', answer: 'theirs' }]
    })
    // Answering again replaces the answer.
    expect(withFieldAnswer(accepted, conflict, 'mine').fields).toEqual([
      { entry: 2, field: 'definition', answer: 'mine' }
    ])
    expect(withMerge(accepted, proposal, false)).toEqual({ merge: [], fields: [] })
  })

  it('shows each proposal and each conflict with the three answers, text escaped', () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <ImportAnswersPanel report={report} answers={{}} disabled={false} onChange={() => undefined} />
      </I18nextProvider>
    )
    expect(html).toContain('Merge entry m1b into concept 7 (“opening up”): shares opening-up')
    expect(html).toContain('&lt;b&gt;Putting into operation&lt;/b&gt;')
    expect(html).toContain('status of “开放”')
    expect(html).toContain('<option value="mine">Keep mine</option>')
    expect(html).toContain('<option value="theirs">Take the file&#x27;s</option>')
    expect(html).toContain('<option value="both" selected="">Keep both</option>')
  })
})
