import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { runCli } from '../../../src/main/cli/run-cli'
import { captureIO } from '../../helpers/temp-home'
import { openTestApp } from '../../helpers/test-app'
import { counts, homeFile, seedTermBase, type TestApp, workspaceHash } from './exchange-helpers'

let t: TestApp

beforeEach(async () => {
  t = await openTestApp()
  await seedTermBase(t)
})

afterEach(() => t.close())

const file = (name: string, content: string | Buffer): string => homeFile(t, name, content)

const tbx3 = (entries: string): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc>' +
  `<sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>${entries}</body></text></tbx>\n`

const entry = (id: string, en: string, zh: string, zhStatus = 'preferredTerm-admn-sts'): string =>
  `<conceptEntry id="${id}"><langSec xml:lang="en"><termSec><term>${en}</term></termSec></langSec>` +
  `<langSec xml:lang="zh-Hans"><termSec><term>${zh}</term><termNote type="administrativeStatus">${zhStatus}` +
  '</termNote></termSec></langSec></conceptEntry>'

describe('merging into existing concepts (#15 §2)', () => {
  it('proposes merges by shared term, carries out only the accepted ones, and answers conflicts per field', async () => {
    const path = file(
      'merge.tbx',
      tbx3(
        // Same English term in another spelling + the Chinese term with another status + a new synonym.
        entry('m1', 'New-Quality  Productive Forces', '新型生产力', 'admittedTerm-admn-sts') +
          '<conceptEntry id="m1b"><langSec xml:lang="en"><termSec><term>NQPF</term></termSec>' +
          '<termSec><term>new quality productive forces</term></termSec></langSec></conceptEntry>' +
          entry('n1', 'common prosperity', '共同富裕')
      )
    )
    const before = counts(t.app.workspace.db)
    const idA = (await t.call('termbase/search', { text: '新质生产力' })).rows[0].id

    // Unanswered, nothing merges: every entry is a concept, and the preview proposes the two merges.
    const preview = await t.call('exchange/preview', { path })
    expect(preview).toMatchObject({ kind: 'tbx', new: 3, merged: 0, conflicting: 0, rejected: 0 })
    expect(preview.proposals).toEqual([
      {
        entry: 1,
        entryId: 'm1',
        concept: idA,
        conceptTerm: 'new quality productive forces',
        shared: ['New-Quality  Productive Forces', '新型生产力'],
        merged: false
      },
      {
        entry: 2,
        entryId: 'm1b',
        concept: idA,
        conceptTerm: 'new quality productive forces',
        shared: ['new quality productive forces'],
        merged: false
      }
    ])
    expect(preview.warningTexts?.map((w) => w?.key)).toEqual(['mergeProposed', 'mergeProposed'])

    // Accepting both: the preview now lists each conflict with the default it applies.
    const merge = [
      { entry: 1, concept: idA },
      { entry: 2, concept: idA }
    ]
    const accepted = await t.call('exchange/preview', { path, answers: { merge } })
    expect(accepted).toMatchObject({ new: 1, merged: 2, conflicting: 2 })
    expect(accepted.proposals?.map((p) => p.merged)).toEqual([true, true])
    expect(accepted.conflicts).toEqual([
      {
        entry: 1,
        entryId: 'm1',
        concept: idA,
        field: 'status zh-CN 新型生产力',
        mine: 'forbidden',
        theirs: 'admitted',
        answer: 'both'
      },
      {
        entry: 1,
        entryId: 'm1',
        concept: idA,
        field: 'preferred en',
        mine: 'new quality productive forces',
        theirs: 'New-Quality  Productive Forces',
        answer: 'mine'
      },
      {
        entry: 2,
        entryId: 'm1b',
        concept: idA,
        field: 'status en new quality productive forces',
        mine: 'preferred',
        theirs: 'admitted',
        answer: 'both'
      },
      {
        entry: 2,
        entryId: 'm1b',
        concept: idA,
        field: 'preferred en',
        mine: 'new quality productive forces',
        theirs: 'NQPF',
        answer: 'mine'
      }
    ])
    expect(accepted.warnings.join('\n')).toMatch(/"NQPF" is preferred in the file but concept \d+ already has/)

    // Take the file's status for 新型生产力; the rest keeps the defaults.
    const answers = { merge, fields: [{ entry: 1, field: 'status zh-CN 新型生产力', answer: 'theirs' as const }] }
    const report = await t.call('exchange/import', { path, answers })
    expect(report).toMatchObject({ new: 1, merged: 2, conflicting: 2 })
    const c = await t.call('termbase/get', { id: idA })
    expect(c.terms.map((x) => `${x.lang}:${x.text}:${x.status}`)).toEqual([
      'en:new quality productive forces:preferred',
      'en:new productive forces:deprecated',
      'zh-CN:新质生产力:preferred',
      'zh-CN:新型生产力:admitted',
      'fr:forces productives de qualité nouvelle:admitted',
      // Kept as given: another spelling is a term of its own, never folded away.
      'en:New-Quality  Productive Forces:admitted',
      'en:NQPF:admitted'
    ])
    const after = counts(t.app.workspace.db)
    expect(after.concepts).toBe(before.concepts + 1)
    expect(after.terms).toBe(before.terms + 4)
  })
})

describe('a differing definition', () => {
  it('keeps a homonym apart, and answers the conflict of an entry that names the concept by id', async () => {
    const idA = (await t.call('termbase/search', { text: '新质生产力' })).rows[0].id
    const def = '<descrip type="definition">Forces of a new kind.</descrip>'
    const term = '<langSec xml:lang="en"><termSec><term>new quality productive forces</term></termSec></langSec>'
    // Another entry with the same term but another definition: a homonym, never proposed.
    const apart = file('apart.tbx', tbx3(`<conceptEntry id="d1">${def}${term}</conceptEntry>`))
    const preview = await t.call('exchange/preview', { path: apart })
    expect(preview).toMatchObject({ new: 1, merged: 0, conflicting: 0, proposals: [] })
    expect(preview.warnings.join('\n')).toMatch(
      /shares "new quality productive forces" with concept \d+, but its definition differ/
    )

    // The same entry under the concept's own id (as Shuyu exports it) is that concept: a conflict to answer.
    const byId = file('definition.tbx', tbx3(`<conceptEntry id="c${idA}">${def}${term}</conceptEntry>`))
    const asked = await t.call('exchange/preview', { path: byId })
    expect(asked).toMatchObject({ new: 0, merged: 1, conflicting: 1 })
    expect(asked.conflicts).toEqual([
      {
        entry: 1,
        entryId: `c${idA}`,
        concept: idA,
        field: 'definition',
        mine: 'Productive forces driven by innovation; 以创新为主导。',
        theirs: 'Forces of a new kind.',
        answer: 'both'
      }
    ])
    expect(asked.warningTexts?.map((w) => w?.key)).toContain('fieldConflict')
    // Keep both (the default): the concept's stays, the file's is kept beside it, in sight in the editor.
    await t.call('exchange/import', { path: byId })
    let c = await t.call('termbase/get', { id: idA })
    expect(c.definition).toBe('Productive forces driven by innovation; 以创新为主导。')
    expect(c.extra).toMatchObject({ 'imported definition': ['Forces of a new kind.'] })
    await t.call('workspace/undo', {})
    // Take the file's.
    await t.call('exchange/import', {
      path: byId,
      answers: { fields: [{ entry: 1, field: 'definition', answer: 'theirs' }] }
    })
    c = await t.call('termbase/get', { id: idA })
    expect(c.definition).toBe('Forces of a new kind.')
    expect(c.extra?.['imported definition']).toBeUndefined()
    await t.call('workspace/undo', {})
    // Keep mine: the file's value is dropped, as asked.
    await t.call('exchange/import', {
      path: byId,
      answers: { fields: [{ entry: 1, field: 'definition', answer: 'mine' }] }
    })
    c = await t.call('termbase/get', { id: idA })
    expect(c.definition).toBe('Productive forces driven by innovation; 以创新为主导。')
    expect(c.extra?.['imported definition']).toBeUndefined()
  })
})

describe('nothing written unless the whole file imports', () => {
  it('preview (dry run) writes nothing', async () => {
    const hash = workspaceHash(t.app.workspace.db)
    const history = (await t.call('workspace/history', {})).length
    const path = file('new.tbx', tbx3(entry('a', 'digital economy', '数字经济')))
    expect(await t.call('exchange/preview', { path })).toMatchObject({ new: 1 })
    expect(workspaceHash(t.app.workspace.db)).toBe(hash)
    expect(await t.call('workspace/history', {})).toHaveLength(history)
  })

  it('a file broken after thousands of valid entries leaves the workspace exactly as before', async () => {
    const hash = workspaceHash(t.app.workspace.db)
    const before = counts(t.app.workspace.db)
    // > 1 MiB so the valid entries really are written before the parser reaches the break.
    const entries = Array.from({ length: 6000 }, (_, i) => entry(`e${i}`, `term number ${i}`, `术语${i}号`)).join('\n')
    const path = file('broken.tbx', tbx3(entries).replace('</body>', '<conceptEntry id="bad"><langSec></body>'))
    const error = await t.call('exchange/import', { path }).catch((e: Error & { code: string }) => e)
    expect(error).toMatchObject({ code: 'bad-input' })
    expect((error as Error).message).toMatch(/broken\.tbx:\d+:\d+: /)
    expect(workspaceHash(t.app.workspace.db)).toBe(hash)
    expect(counts(t.app.workspace.db)).toEqual(before)
    // The connection is usable afterwards (the transaction was rolled back, not left open).
    expect(t.app.workspace.db.inTransaction).toBe(false)
  })

  it('refuses external entities and entity bombs without expanding anything', async () => {
    const hash = workspaceHash(t.app.workspace.db)
    const xxe = file(
      'xxe.tbx',
      '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n' +
        '<martif type="TBX-Basic" xml:lang="en"><text><body><termEntry id="a"><langSet xml:lang="en">' +
        '<tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>'
    )
    const lol =
      '<!ENTITY a "lollollollollol">' +
      Array.from(
        { length: 9 },
        (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`
      ).join('')
    const bomb = file(
      'bomb.tmx',
      `<?xml version="1.0"?>\n<!DOCTYPE tmx [${lol}]>\n<tmx version="1.4"><header/>` +
        '<body><tu><tuv xml:lang="en"><seg>&j;</seg></tuv><tuv xml:lang="zh"><seg>x</seg></tuv></tu></body></tmx>'
    )
    for (const path of [xxe, bomb]) {
      await expect(t.call('exchange/import', { path })).rejects.toMatchObject({
        code: 'bad-input',
        message: expect.stringMatching(/entities not allowed/)
      })
    }
    expect(workspaceHash(t.app.workspace.db)).toBe(hash)
  })

  it('refuses binary garbage and unknown kinds with a clear error', async () => {
    const garbage = file('garbage.tmx', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256)))
    await expect(t.call('exchange/import', { path: garbage })).rejects.toMatchObject({ code: 'bad-input' })
    const other = file('notes.xml', '<?xml version="1.0"?><html><body/></html>')
    await expect(t.call('exchange/preview', { path: other })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/not a TBX, TMX/)
    })
  })
})

describe('undo', () => {
  it('one history entry reverts the whole import (created and merged concepts) and redo re-applies it', async () => {
    const db = t.app.workspace.db
    const hash = workspaceHash(db)
    const path = file(
      'undo.tbx',
      tbx3(
        entry('a', 'digital economy', '数字经济') +
          entry('b', 'high quality development', '高质量发展') +
          entry('c', 'ecological civilization', '生态文明')
      )
    )
    const proposed = await t.call('exchange/preview', { path })
    const merge = (proposed.proposals ?? []).map((p) => ({ entry: p.entry, concept: p.concept }))
    expect(merge).toHaveLength(1)
    const report = await t.call('exchange/import', { path, answers: { merge } })
    expect(report).toMatchObject({ new: 2, merged: 1 })
    const imported = workspaceHash(db)
    expect(imported).not.toBe(hash)
    const undone = await t.call('workspace/undo', {})
    expect(undone).toMatchObject({ id: report.historyId, action: 'import.termbase' })
    expect(workspaceHash(db)).toBe(hash)
    expect((await t.call('termbase/search', { text: '数字经济' })).total).toBe(0)
    await t.call('workspace/redo', {})
    expect((await t.call('termbase/search', { text: '数字经济' })).total).toBe(1)
    const merged = await t.call('termbase/search', { text: 'high-quality development' })
    const c = await t.call('termbase/get', { id: merged.rows[0].id })
    // The file's spelling is kept beside the concept's (as given), as a second English term: admitted.
    expect(c.terms.map((x) => `${x.text}:${x.status}`)).toEqual([
      'high-quality development:preferred',
      '高质量发展:admitted',
      'high quality development:admitted'
    ])
  })

  it('undoes a TMX import', async () => {
    const db = t.app.workspace.db
    const before = counts(db).units
    const path = file(
      'm.tmx',
      '<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>' +
        '<tu><tuv xml:lang="en"><seg>One</seg></tuv><tuv xml:lang="zh-CN"><seg>一</seg></tuv></tu></body></tmx>'
    )
    expect(await t.call('exchange/import', { path })).toMatchObject({ new: 1 })
    expect(counts(db).units).toBe(before + 1)
    await t.call('workspace/undo', {})
    expect(counts(db).units).toBe(before)
  })

  it('counts a tu with one language as rejected, and a unit already in the memory as a duplicate', async () => {
    const path = file(
      'one.tmx',
      '<?xml version="1.0"?><tmx version="1.4"><header srclang="en"/><body>' +
        '<tu><tuv xml:lang="en"><seg>Alone</seg></tuv></tu>' +
        '<tu><tuv xml:lang="en"><seg>Two</seg></tuv><tuv xml:lang="zh-CN"><seg>二</seg></tuv></tu></body></tmx>'
    )
    expect(await t.call('exchange/import', { path })).toMatchObject({ new: 1, rejected: 1, duplicates: 0 })
    expect(await t.call('exchange/import', { path })).toMatchObject({ new: 0, rejected: 1, duplicates: 1 })
  })
})

describe('encodings and tables', () => {
  it('reads UTF-16 LE TMX with a BOM', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?><tmx version="1.1"><header srclang="en-US"/><body>' +
      '<tu><tuv lang="EN-US"><seg>Reform</seg></tuv><tuv lang="ZH-CN"><seg>改革开放</seg></tuv></tu></body></tmx>'
    const path = file('u16.tmx', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]))
    expect(await t.call('exchange/import', { path })).toMatchObject({ new: 1 })
    const row = t.app.workspace.db
      .prepare("SELECT source_lang, target_text FROM translation_units WHERE origin = 'tmx'")
      .get()
    expect(row).toEqual({ source_lang: 'en-US', target_text: '改革开放' })
  })

  it('previews the guessed CSV column mapping and accepts a corrected one', async () => {
    const path = file('g.csv', 'Chinese,English,Remarks\r\n数字经济,digital economy,from a list\r\n')
    const preview = await t.call('exchange/preview', { path })
    expect(preview.columns).toEqual(['Chinese', 'English', 'Remarks'])
    expect(preview.mapping).toEqual([
      { kind: 'language', field: 'term', lang: 'zh-CN' },
      { kind: 'language', field: 'term', lang: 'en' },
      { kind: 'concept', field: 'note' }
    ])
    const mapping = [
      preview.mapping![0],
      preview.mapping![1],
      { kind: 'concept' as const, field: 'definition' as const }
    ]
    await t.call('exchange/import', { path, mapping })
    const c = await t.call('termbase/get', { id: (await t.call('termbase/search', { text: '数字经济' })).rows[0].id })
    expect(c.definition).toBe('from a list')
  })

  it('reports an unbalanced CSV quote with its line and writes nothing', async () => {
    const hash = workspaceHash(t.app.workspace.db)
    const path = file('bad.csv', 'en,zh-CN\r\nreform,改革\r\n"opening,开放\r\n')
    await expect(t.call('exchange/import', { path })).rejects.toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/bad\.csv:3:1: unbalanced quote/)
    })
    expect(workspaceHash(t.app.workspace.db)).toBe(hash)
  })
})

describe('CLI', () => {
  it('exports with a filter and imports with --dry-run, printing a one-row TSV summary', async () => {
    const dbFile = join(t.home.dir, 'ws.sqlite')
    const out = join(t.home.dir, 'eco.tbx')
    t.app.close()
    const exp = captureIO()
    expect(
      await runCli(['export', '--format', 'tbx2', '--out', out, '--domain', 'Economy', '--db', dbFile], exp.io)
    ).toBe(0)
    expect(exp.out.split('\n')[1]).toMatch(/eco\.tbx\ttbx2\t1\t\d+/)
    const imp = captureIO()
    expect(await runCli(['import', out, '--dry-run', '--db', dbFile], imp.io)).toBe(0)
    expect(imp.out).toBe(`file\tkind\tnew\tmerged\tconflicting\trejected\n${out}\ttbx\t0\t1\t0\t0\n`)
    // An entry without an id sharing a term: proposed (a new concept), merged with --merge-proposed.
    const shared = file('shared.tbx', tbx3(entry('x1', 'whole-process democracy', '全过程人民民主')))
    const proposed = captureIO()
    expect(await runCli(['import', shared, '--dry-run', '--db', dbFile], proposed.io)).toBe(0)
    expect(proposed.out.split('\n')[1]).toBe(`${shared}\ttbx\t1\t0\t0\t0`)
    expect(proposed.err).toMatch(/shares "全过程人民民主" with concept \d+: imported as a new concept/)
    const merged = captureIO()
    expect(await runCli(['import', shared, '--dry-run', '--merge-proposed', '--db', dbFile], merged.io)).toBe(0)
    // Conflicting: its English term is preferred, and the concept has a preferred English term already.
    expect(merged.out.split('\n')[1]).toBe(`${shared}\ttbx\t0\t1\t1\t0`)
    const help = captureIO()
    await runCli(['export', '--help'], help.io)
    expect(help.out).toMatch(/OmegaT 3\.6 reads those as glossaries but fails on a \.tsv extension/)
    await t.reopen()
  })
})
