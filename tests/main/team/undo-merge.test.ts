import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { termField } from '../../../src/core/team/fields'
import { applyRemote } from '../../../src/main/team/apply-remote'
import { readConceptFields } from '../../../src/main/team/concept-fields'
import { insertLink } from '../../../src/main/team/link-repo'
import { pendingOutbox } from '../../../src/main/team/outbox-repo'
import { sealChanges } from '../../../src/main/team/seal'
import { getShadow, putShadow } from '../../../src/main/team/shadow-repo'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const db = () => t.app.workspace.db
const term = { lang: 'en', text: 'rule of law', status: 'preferred' as const, pos: '', usageNote: '' }

/** A concept synced with the team: saved, sealed, and its shadow as if the server had accepted it. */
async function syncedConcept(): Promise<{ id: number; uid: string }> {
  insertLink(db(), {
    url: 'http://team.invalid/',
    teamId: 't',
    teamName: '',
    user: 'me',
    role: 'terminologist',
    moderated: false,
    token: 'k',
    clientId: 'c',
    serverSeq: 0,
    joinedAt: ''
  })
  const id = (await t.call('termbase/save', { terms: [term], definition: 'old definition', note: 'old note' })).concept!
    .id
  sealChanges(db(), '')
  const [change] = pendingOutbox(db(), 10)
  db().prepare('DELETE FROM team_outbox').run()
  const fields = readConceptFields(db(), id)!
  putShadow(db(), {
    uid: change.uid,
    conceptId: id,
    rev: 1,
    fields,
    fieldRevs: Object.fromEntries(Object.keys(fields).map((k) => [k, 1]))
  })
  return { id, uid: change.uid }
}

describe('undo in a team workspace', () => {
  it("undoes my edit field by field and keeps the team's change that arrived since", async () => {
    const { id, uid } = await syncedConcept()
    const mine = await t.call('termbase/save', { ...(await t.call('termbase/get', { id })), note: 'my note' })
    expect(mine.saved).toBe(true)
    // It was pushed and accepted at revision 2: the team's note is mine now.
    sealChanges(db(), '')
    db().prepare('DELETE FROM team_outbox').run()
    const pushed = getShadow(db(), uid)!
    putShadow(db(), {
      ...pushed,
      fields: { ...pushed.fields, note: 'my note' },
      fieldRevs: { ...pushed.fieldRevs, note: 2 }
    })
    // A colleague's definition arrives at revision 3 (as a pull writes it: no history).
    const shadow = getShadow(db(), uid)!
    applyRemote(
      db(),
      {
        uid,
        fields: { ...shadow.fields, definition: 'their definition' },
        fieldRevs: { ...shadow.fieldRevs, definition: 3 },
        keys: 'all',
        rev: 3,
        author: 'Chen'
      },
      ''
    )
    expect(readConceptFields(db(), id)).toMatchObject({ note: 'my note', definition: 'their definition' })

    await t.call('workspace/undo', {})
    expect(readConceptFields(db(), id)).toMatchObject({ note: 'old note', definition: 'their definition' })
    // What goes out is my undo only: the note, based on its revision; the team's definition is not touched.
    sealChanges(db(), '')
    expect(pendingOutbox(db(), 10).map((c) => c.fields)).toEqual([[{ field: 'note', baseRev: 2, value: 'old note' }]])

    await t.call('workspace/redo', {})
    expect(readConceptFields(db(), id)).toMatchObject({ note: 'my note', definition: 'their definition' })
  })

  it('undoes exactly as before when nothing came from the team since', async () => {
    const { id } = await syncedConcept()
    const concept = await t.call('termbase/get', { id })
    await t.call('termbase/save', {
      ...concept,
      definition: 'new',
      terms: [...concept.terms, { ...term, lang: 'zh-CN', text: '法治' }]
    })
    await t.call('workspace/undo', {})
    const fields = readConceptFields(db(), id)!
    expect(fields.definition).toBe('old definition')
    expect(termField('zh-CN', '法治') in fields).toBe(false)
  })
})
