import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { collocationField, exampleField, termField } from '../../../src/core/team/fields'
import { seedsDir } from '../../../src/main/app-paths'
import { applyRemote } from '../../../src/main/team/apply-remote'
import { readConceptFields, writeConceptFields } from '../../../src/main/team/concept-fields'
import { insertLink } from '../../../src/main/team/link-repo'
import { pendingOutbox } from '../../../src/main/team/outbox-repo'
import { sealChanges } from '../../../src/main/team/seal'
import { openTestApp } from '../../helpers/test-app'

let t: Awaited<ReturnType<typeof openTestApp>>
beforeEach(async () => {
  t = await openTestApp()
})
afterEach(() => t.close())

const db = () => t.app.workspace.db
const join_ = () =>
  insertLink(db(), {
    url: 'http://team.invalid/',
    teamId: 't1',
    teamName: 'Team',
    user: 'me',
    role: 'terminologist',
    moderated: false,
    token: 'k',
    clientId: 'c1',
    serverSeq: 0,
    joinedAt: '2025-01-01T00:00:00Z'
  })
const draft = (en: string, zh: string[] = []) => ({
  terms: [
    { lang: 'en', text: en, status: 'preferred' as const, pos: '', usageNote: '' },
    ...zh.map((text) => ({ lang: 'zh-CN', text, status: 'preferred' as const, pos: '', usageNote: '' }))
  ]
})
const dirty = () => db().prepare('SELECT concept_id FROM team_dirty ORDER BY 1').pluck().all()
const seal = () => {
  sealChanges(db(), '2025-01-01T00:00:00Z')
  return pendingOutbox(db(), 1000)
}

describe('the outbox learns of local changes from the history', () => {
  it('costs nothing before joining: no dirty concepts, no uids', async () => {
    await t.call('termbase/save', draft('rule of law', ['法治']))
    expect(dirty()).toEqual([])
    expect(db().prepare('SELECT uid FROM concepts').pluck().all()).toEqual([null])
  })

  it('every kind of term-base write marks its concepts, and sealing makes one change per concept', async () => {
    join_()
    const { concept } = await t.call('termbase/save', draft('rule of law', ['法治']))
    const id = concept!.id
    await t.call('termbase/addExample', { conceptId: id, text: 'Uphold the rule of law.', zh: '坚持法治。' })
    await t.call('termbase/addCollocation', {
      conceptId: id,
      node: 'rule of law',
      word: 'uphold',
      freq: 3,
      logDice: 9.5
    })
    const other = (await t.call('termbase/save', draft('law-based governance'))).concept!.id
    expect(dirty()).toEqual([id, other])
    const changes = seal()
    expect(changes).toHaveLength(2)
    const first = changes.find((c) => c.conceptId === id)!
    expect(first.baseRev).toBe(0)
    expect(first.fields.map((f) => f.field)).toEqual(
      [
        'definition',
        'deleted',
        'domain',
        'note',
        'source',
        termField('en', 'rule of law'),
        termField('zh-CN', '法治'),
        exampleField('Uphold the rule of law.'),
        collocationField('rule of law', 'uphold')
      ].sort()
    )
    expect(first.fields.find((f) => f.field === exampleField('Uphold the rule of law.'))?.value).toEqual({
      zh: '坚持法治。',
      title: '',
      date: '',
      source: '',
      start: 11,
      end: 22
    })
    expect(dirty()).toEqual([])
    const uid = db().prepare('SELECT uid FROM concepts WHERE id = ?').pluck().get(id)
    expect(uid).toMatch(/^[0-9a-f-]{36}$/)
    expect(first.uid).toBe(uid)

    // Undo and redo are changes too; deleting and merging as well.
    await t.call('workspace/undo', {})
    expect(dirty()).toEqual([other])
    await t.call('workspace/redo', {})
    await t.call('termbase/merge', { targetId: id, sourceId: other })
    expect(dirty()).toEqual([id, other])
  })

  it('an import marks every concept it created (one range row) and those it merged into', async () => {
    join_()
    const existing = (await t.call('termbase/save', draft('common prosperity'))).concept!.id
    db().prepare('DELETE FROM team_dirty').run()
    const file = join(t.home.dir, 'terms.csv')
    writeFileSync(file, 'en,zh\ncommon prosperity,共同富裕\nrule of law,法治\ngreen development,绿色发展\n')
    await t.call('exchange/import', { path: file, answers: { mergeProposed: true } })
    expect(dirty()).toEqual([existing])
    const range = db().prepare('SELECT from_id, to_id FROM team_dirty_range').get() as {
      from_id: number
      to_id: number
    }
    expect(range.to_id - range.from_id).toBe(1)
    expect(seal()).toHaveLength(3)
  })

  it('seals a slice at a time, an import range spelled out as single concepts', async () => {
    join_()
    const file = join(t.home.dir, 'five.csv')
    writeFileSync(file, 'en\none\ntwo\nthree\nfour\nfive\n')
    await t.call('exchange/import', { path: file })
    const slices: number[] = []
    for (let r = sealChanges(db(), '', 2); r.looked > 0; r = sealChanges(db(), '', 2)) slices.push(r.made)
    expect(slices).toEqual([2, 2, 1])
    expect(pendingOutbox(db(), 100)).toHaveLength(5)
    expect(db().prepare('SELECT count(*) FROM team_dirty_range').pluck().get()).toBe(0)
  })

  it('accepting a mined candidate is a change the team hears of', async () => {
    join_()
    await t.call('corpus/import', { paths: [seedsDir()] })
    await t.call('mining/run', {})
    const [first] = (await t.call('mining/candidates', { limit: 1 })).rows
    const { conceptIds } = await t.call('mining/accept', { ids: [first.id] })
    expect(dirty()).toEqual(conceptIds)
  }, 60_000)

  it("the team's changes arrive without history, so they never go back out", async () => {
    join_()
    const remote = {
      definition: 'from the team',
      domain: '',
      note: '',
      source: '',
      deleted: false,
      [termField('en', 'new development pattern')]: { status: 'preferred', pos: '', usageNote: '', ordinal: 0 },
      [exampleField('A new development pattern.')]: {
        zh: '',
        title: 'Report',
        date: '2024-03-05',
        source: 'Report, 2024-03-05',
        start: 2,
        end: 25
      }
    }
    const outcome = applyRemote(
      db(),
      { uid: 'u-1', fields: remote, fieldRevs: { definition: 1 }, keys: 'all', rev: 1, author: 'Li' },
      '2025-01-01T00:00:00Z'
    )
    expect(outcome).toMatchObject({ changed: true, conflicts: 0 })
    expect(dirty()).toEqual([])
    expect(seal()).toEqual([])
    expect(readConceptFields(db(), outcome.conceptId!)).toEqual(remote)
    const concept = await t.call('termbase/get', { id: outcome.conceptId! })
    expect(concept.examples[0]).toMatchObject({ documentTitle: 'Report', date: '2024-03-05' })
    // A local edit of it afterwards is a change against the team's revision.
    await t.call('termbase/save', { ...concept, note: 'mine' })
    const [change] = seal()
    expect(change.fields).toEqual([{ field: 'note', baseRev: 0, value: 'mine' }])
    expect(change.baseRev).toBe(1)
  })
})

describe('a concept as a field map', () => {
  it('reads back what it wrote, removing what the map lacks', async () => {
    const id = (await t.call('termbase/save', draft('old term', ['旧']))).concept!.id
    await t.call('termbase/addExample', { conceptId: id, text: 'Gone soon.' })
    const fields = {
      definition: 'd',
      domain: 'law',
      note: 'n',
      source: 's',
      deleted: false,
      [termField('en', 'new term')]: { status: 'admitted', pos: 'noun', usageNote: 'u', ordinal: 1 },
      [termField('zh-CN', '旧')]: { status: 'deprecated', pos: '', usageNote: '', ordinal: 0 },
      [collocationField('a', 'b')]: { freq: 2, logDice: 7.25, mi: 1.5, window: 5 }
    }
    writeConceptFields(db(), id, 'u-2', fields, '2025-01-01T00:00:00Z')
    expect(readConceptFields(db(), id)).toEqual(fields)
    const concept = await t.call('termbase/get', { id })
    expect(concept.terms.map((x) => x.text)).toEqual(['旧', 'new term'])
    expect(concept.examples).toEqual([])
    writeConceptFields(db(), id, 'u-2', { ...fields, deleted: true }, '2025-01-02T00:00:00Z')
    await expect(t.call('termbase/get', { id })).rejects.toThrow()
  })
})
