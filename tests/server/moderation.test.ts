import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RunningTeamServer } from '../../src/server/server'
import {
  addMember,
  draft,
  freshDatabase,
  noPostgres,
  startInstances,
  type TestDatabase,
  type TestWorkspace,
  workspaceFolder
} from '../helpers/team'
import { conceptByTerm, teamView } from '../helpers/team-state'

describe.skipIf(noPostgres())('a moderated team', () => {
  let db: TestDatabase
  let servers: RunningTeamServer[]
  const folder = workspaceFolder()
  let translator: TestWorkspace
  let terminologist: TestWorkspace
  let other: TestWorkspace

  beforeAll(async () => {
    db = await freshDatabase()
    const tTranslator = await addMember(db.url, 'Zhang', 'translator')
    const tTerminologist = await addMember(db.url, 'Chen', 'terminologist')
    const tOther = await addMember(db.url, 'Sam', 'translator')
    servers = await startInstances(db.url, 2, { moderated: true })
    translator = await folder.open('translator')
    terminologist = await folder.open('terminologist')
    other = await folder.open('other')
    await translator.call('team/join', { url: servers[0].url, token: tTranslator })
    await terminologist.call('team/join', { url: servers[1].url, token: tTerminologist })
    await other.call('team/join', { url: servers[1].url, token: tOther })
  })

  afterAll(async () => {
    for (const w of [translator, terminologist, other]) w?.close()
    for (const s of servers ?? []) await s.close()
    await db?.drop()
    folder.remove()
  })

  it("a translator's new term reaches no one until a terminologist approves it", async () => {
    expect(servers[0].moderated).toBe(true)
    await translator.call('termbase/save', draft('common prosperity', ['共同富裕'], { definition: 'proposed' }))
    const pushed = await translator.call('team/sync', {})
    expect(pushed).toMatchObject({ pushed: 1, conflicts: 0 })
    // Visible to its author at once, waiting for review.
    expect(conceptByTerm(translator, '共同富裕')).not.toBeNull()
    expect(await translator.call('team/status', {})).toMatchObject({ suggested: 1, waiting: 0, moderated: true })
    // Nobody else has it: not the terminologist, not another translator, through either instance.
    await terminologist.call('team/sync', {})
    await other.call('team/sync', {})
    expect(conceptByTerm(terminologist, '共同富裕')).toBeNull()
    expect(conceptByTerm(other, '共同富裕')).toBeNull()
    // The other translator does not see it in their queue; the terminologist does.
    expect(await other.call('team/suggestions', {})).toEqual([])
    const queue = await terminologist.call('team/suggestions', {})
    expect(queue).toHaveLength(1)
    expect(queue[0]).toMatchObject({ concept: 'common prosperity', author: 'Zhang' })
    expect(queue[0].change).toContain('term zh-CN "共同富裕"')
    // A translator cannot approve.
    await expect(other.call('team/approve', { id: queue[0].id })).rejects.toMatchObject({ key: 'team.forbidden' })

    expect(await terminologist.call('team/approve', { id: queue[0].id })).toEqual({ conflicts: 0 })
    await other.call('team/sync', {})
    await terminologist.call('team/sync', {})
    await translator.call('team/sync', {})
    expect(conceptByTerm(other, '共同富裕')?.fields.definition).toBe('proposed')
    expect(conceptByTerm(terminologist, '共同富裕')).not.toBeNull()
    expect(await translator.call('team/status', {})).toMatchObject({ state: 'synced', suggested: 0, conflicts: 0 })
    expect(teamView(translator)).toEqual(teamView(other))
    expect(teamView(terminologist)).toEqual(teamView(other))
    // The history names the author and the reviewer who approved.
    const history = await other.call('team/history', { conceptId: conceptByTerm(other, '共同富裕')!.id })
    expect(history[0]).toMatchObject({ kind: 'change', author: 'Zhang', reviewer: 'Chen' })
  })

  it('a rejected suggestion goes back to the team value for its author, kept as a conflict with the note', async () => {
    const mine = conceptByTerm(translator, '共同富裕')!
    const concept = await translator.call('termbase/get', { id: mine.id })
    await translator.call('termbase/save', { ...concept, definition: 'a worse definition' })
    await translator.call('team/sync', {})
    expect(conceptByTerm(translator, '共同富裕')?.fields.definition).toBe('a worse definition')
    const [suggestion] = await terminologist.call('team/suggestions', {})
    expect(suggestion.fields).toEqual([
      { field: 'definition', fieldLabel: 'definition', proposed: 'a worse definition', current: 'proposed' }
    ])
    await terminologist.call('team/reject', { id: suggestion.id, note: 'keep the official wording' })
    expect(await terminologist.call('team/suggestions', {})).toEqual([])
    await translator.call('team/sync', {})
    expect(conceptByTerm(translator, '共同富裕')?.fields.definition).toBe('proposed')
    const conflicts = await translator.call('team/conflicts', {})
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({
      reason: 'rejected',
      note: 'keep the official wording',
      local: 'a worse definition',
      remote: 'proposed',
      remoteAuthor: 'Chen'
    })
    await other.call('team/sync', {})
    expect(conceptByTerm(other, '共同富裕')?.fields.definition).toBe('proposed')
  })

  it("a terminologist's own change applies at once", async () => {
    await terminologist.call('termbase/save', draft('rural revitalization', ['乡村振兴']))
    await terminologist.call('team/sync', {})
    await other.call('team/sync', {})
    expect(conceptByTerm(other, '乡村振兴')).not.toBeNull()
  })

  it('a rejected new concept leaves its author one conflict; keeping mine offers it again', async () => {
    await translator.call('termbase/save', draft('made-up term'))
    await translator.call('team/sync', {})
    const suggestion = (await terminologist.call('team/suggestions', {})).find((s) => s.concept === 'made-up term')!
    await terminologist.call('team/reject', { id: suggestion.id, note: 'not a term' })
    await translator.call('team/sync', {})
    expect(conceptByTerm(translator, 'made-up term')).toBeNull()
    const conflicts = (await translator.call('team/conflicts', {})).filter((c) => c.concept === 'made-up term')
    expect(conflicts).toMatchObject([
      { field: 'deleted', reason: 'rejected', note: 'not a term', local: false, remote: true }
    ])
    await translator.call('team/resolve', { id: conflicts[0].id, keep: 'mine' })
    expect(conceptByTerm(translator, 'made-up term')).not.toBeNull()
    await translator.call('team/sync', {})
    const again = (await terminologist.call('team/suggestions', {})).filter((s) => s.concept === 'made-up term')
    expect(again).toHaveLength(1)
    expect(again[0].change).toContain('+ term en "made-up term"')
  })
})
