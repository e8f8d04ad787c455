import { describe, expect, it } from 'vitest'

import { describeChange, describeField } from '../../../src/core/team/describe'
import {
  collocationField,
  conceptLabel,
  parseField,
  sameContent,
  sameValue,
  termField
} from '../../../src/core/team/fields'
import { applyChange, diffFields, threeWay } from '../../../src/core/team/merge'
import { changeProblem } from '../../../src/core/team/validate'

const term = (status: string, ordinal = 0) => ({ status, pos: '', usageNote: '', ordinal })
const EN = termField('en', 'rule of law')

describe('field keys', () => {
  it('parse back into their parts, and nothing else parses', () => {
    expect(parseField('definition')).toEqual({ kind: 'scalar', name: 'definition' })
    expect(parseField(termField('zh-CN', 'a:b'))).toEqual({ kind: 'term', lang: 'zh-CN', text: 'a:b' })
    expect(parseField(collocationField('x "y"', 'z'))).toEqual({ kind: 'collocation', node: 'x "y"', word: 'z' })
    for (const bad of [
      'definitions',
      'term:e:x',
      'term:en:',
      'example:',
      'collocation:["a"]',
      'collocation: ["a","b"]'
    ]) {
      expect(parseField(bad), bad).toBeNull()
    }
  })

  it('compare values by content, key order aside; order-only term differences are the same content', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
    expect(sameValue(undefined, null)).toBe(true)
    expect(sameValue('', null)).toBe(false)
    expect(sameContent(EN, term('preferred', 0), term('preferred', 3))).toBe(true)
    expect(sameContent(EN, term('preferred', 0), term('admitted', 0))).toBe(false)
    expect(sameContent('definition', 'a', 'b')).toBe(false)
  })

  it('name a concept by its first English term', () => {
    const fields = { [termField('zh-CN', '法治')]: term('preferred', 0), [EN]: term('preferred', 1) }
    expect(conceptLabel(fields)).toBe('rule of law')
    expect(conceptLabel({}, 'fallback')).toBe('fallback')
  })
})

describe('the server rule: field revisions', () => {
  const stored = {
    rev: 3,
    fields: { definition: 'a', note: 'n', [EN]: term('preferred') },
    fieldRevs: { definition: 2, note: 3, [EN]: 1 }
  }

  it('applies fields still at the revision the change started from, with the next revision', () => {
    const out = applyChange(stored, [{ field: 'definition', baseRev: 2, value: 'b' }])
    expect(out.next).toMatchObject({ rev: 4, fields: { definition: 'b' }, fieldRevs: { definition: 4, note: 3 } })
    expect(out.applied).toEqual({ definition: 4 })
    expect(out.conflicts).toEqual([])
  })

  it('refuses a field that moved since, keeping the server value: a conflict', () => {
    const out = applyChange(stored, [
      { field: 'note', baseRev: 1, value: 'mine' },
      { field: 'definition', baseRev: 2, value: 'b' }
    ])
    expect(out.conflicts).toEqual([{ field: 'note', remote: 'n', remoteRev: 3 }])
    expect(out.next.fields.note).toBe('n')
    expect(out.next.fields.definition).toBe('b')
  })

  it('is no conflict when the change asks for the value the field has; reports its revision', () => {
    const out = applyChange(stored, [{ field: 'note', baseRev: 0, value: 'n' }])
    expect(out).toMatchObject({ conflicts: [], applied: { note: 3 }, values: {} })
    expect(out.next).toBe(stored)
  })

  it('keeps a removed field as a tombstone revision, so a change based on the old value conflicts', () => {
    const removed = applyChange(stored, [{ field: EN, baseRev: 1, value: null }]).next
    expect(removed.fields[EN]).toBeUndefined()
    expect(removed.fieldRevs[EN]).toBe(4)
    expect(applyChange(removed, [{ field: EN, baseRev: 1, value: term('deprecated') }]).conflicts).toHaveLength(1)
  })

  it('settles order-only differences of a moved term the server way, without a conflict', () => {
    const out = applyChange(stored, [{ field: EN, baseRev: 0, value: term('preferred', 5) }])
    expect(out.conflicts).toEqual([])
    expect(out.kept).toEqual([{ field: EN, remote: term('preferred'), remoteRev: 1 }])
  })
})

describe('the workspace rule: three-way merge', () => {
  it('takes what only one side changed and reports what both changed differently', () => {
    const base = { definition: 'a', note: 'n', domain: 'x', [EN]: term('preferred') }
    const local = { definition: 'mine', note: 'n', domain: 'local', [EN]: term('preferred', 2) }
    const remote = { definition: 'theirs', note: 'remote', domain: 'x', [EN]: term('preferred', 7) }
    const { merged, conflicts } = threeWay(base, local, remote)
    expect(merged).toEqual({ definition: 'theirs', note: 'remote', domain: 'local', [EN]: term('preferred', 7) })
    expect(conflicts).toEqual([{ field: 'definition', local: 'mine', remote: 'theirs' }])
  })

  it('keeps a local addition and a remote removal of different fields', () => {
    const base = { [EN]: term('preferred') }
    const { merged, conflicts } = threeWay(base, { [EN]: term('preferred'), x: 'new' }, {})
    expect(merged).toEqual({ x: 'new' })
    expect(conflicts).toEqual([])
  })

  it('diffs a concept against its base with each field revision, in a stable order', () => {
    expect(
      diffFields({ note: 'n', definition: 'a' }, { definition: 'b', domain: 'd' }, { definition: 4, note: 2 })
    ).toEqual([
      { field: 'definition', baseRev: 4, value: 'b' },
      { field: 'domain', baseRev: 0, value: 'd' },
      { field: 'note', baseRev: 2, value: null }
    ])
  })
})

describe('what the server accepts', () => {
  const ok = {
    id: 'c-1',
    concept: 'u-1',
    baseRev: 0,
    madeAt: '',
    fields: [{ field: 'definition', baseRev: 0, value: 'x' }]
  }
  it('accepts a well-formed change and says why it refuses others', () => {
    expect(changeProblem(ok)).toBeNull()
    expect(changeProblem({ ...ok, id: 'a b' })).toMatch(/id/)
    expect(changeProblem({ ...ok, fields: [] })).toMatch(/needs fields/)
    expect(changeProblem({ ...ok, fields: [{ field: 'colour', baseRev: 0, value: 'x' }] })).toMatch(
      /not a concept field/
    )
    expect(changeProblem({ ...ok, fields: [{ field: 'definition', baseRev: 0, value: null }] })).toMatch(
      /cannot be removed/
    )
    expect(changeProblem({ ...ok, fields: [{ field: EN, baseRev: 0, value: { ...term('best') } }] })).toMatch(
      /a term needs/
    )
    expect(changeProblem({ ...ok, fields: [ok.fields[0], ok.fields[0]] })).toMatch(/appears twice/)
  })
})

describe('changes in words', () => {
  it('says what a change does', () => {
    expect(describeField(EN)).toBe('term en "rule of law"')
    expect(
      describeChange([
        { field: 'definition', baseRev: 0, value: 'governing by law' },
        { field: EN, baseRev: 0, value: term('preferred') },
        { field: termField('zh-CN', '法制'), baseRev: 1, value: null }
      ])
    ).toBe('definition: "governing by law"; + term en "rule of law" (preferred); − term zh-CN "法制"')
  })
})
