/** The term-base import's merge policy, table-driven (issue #14 item 5, rules of issue #15 §2). */
import { describe, expect, it } from 'vitest'

import {
  conceptIdOf,
  decideEntry,
  type EntryDecision,
  type FieldAnswer,
  type HeldConcept,
  type Holdings,
  type IncomingEntry,
  planMerge,
  type PolicyTerm
} from '../../../src/core/exchange/merge-policy'
import type { TermStatus } from '../../../src/core/exchange/model'

/** A term: language, text, status; the folded form as normalizeTerm would give it (enough for these cases). */
function term(lang: string, text: string, status: TermStatus = 'preferred'): PolicyTerm {
  const norm = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/-/g, ' ')
  return { lang, family: lang.split('-')[0], norm, text, status }
}

const OPENING_UP: HeldConcept = {
  id: 7,
  definition: 'Opening the economy to foreign trade and investment',
  domain: 'Economy',
  terms: [term('en', 'opening up'), term('zh-CN', '对外开放')]
}
const NO_FIELDS: HeldConcept = { id: 9, terms: [term('en', 'opening up'), term('zh-CN', '开放')] }
const NONE: Holdings = { empty: false, byId: null, sharing: [] }

const entry = (fields: Partial<IncomingEntry>, ...terms: PolicyTerm[]): IncomingEntry => ({ ...fields, terms })
const homonym = entry(
  { id: 'e2', definition: 'Putting a line or service into operation', domain: 'Transport' },
  term('en', 'opening up'),
  term('zh-CN', '开通')
)

describe('decideEntry', () => {
  const cases: Array<[string, IncomingEntry, Holdings, number | 'any' | undefined, EntryDecision]> = [
    [
      'empty term base: always a new concept, even sharing every term',
      entry({ id: 'c7' }, term('en', 'opening up')),
      { empty: true, byId: OPENING_UP, sharing: [OPENING_UP] },
      7,
      { action: 'create' }
    ],
    ['nothing shared: a new concept', entry({}, term('en', 'reform')), NONE, undefined, { action: 'create' }],
    [
      'its id names a concept it shares a term with: merged by id',
      entry({ id: 'c7', definition: 'something else' }, term('en', 'opening-up')),
      { empty: false, byId: OPENING_UP, sharing: [OPENING_UP] },
      undefined,
      { action: 'merge', target: 7, by: 'id' }
    ],
    [
      'an id match without a shared term is not trusted',
      entry({ id: 'c7' }, term('en', 'reform')),
      { empty: false, byId: OPENING_UP, sharing: [] },
      undefined,
      { action: 'create' }
    ],
    [
      'a shared term is only proposed',
      entry({ definition: OPENING_UP.definition }, term('en', 'Opening up'), term('zh-CN', '开放')),
      { empty: false, byId: null, sharing: [OPENING_UP] },
      undefined,
      { action: 'create', proposal: { concept: 7, shared: ['Opening up'] } }
    ],
    [
      'a proposal the request accepted is merged',
      entry({}, term('en', 'opening up')),
      { empty: false, byId: null, sharing: [OPENING_UP] },
      7,
      { action: 'merge', target: 7, by: 'term' }
    ],
    [
      "'any' accepts whatever merge is proposed",
      entry({}, term('en', 'opening up')),
      { empty: false, byId: null, sharing: [OPENING_UP] },
      'any',
      { action: 'merge', target: 7, by: 'term' }
    ],
    [
      "'any' never merges a homonym",
      homonym,
      { empty: false, byId: null, sharing: [OPENING_UP] },
      'any',
      { action: 'create', keptApart: [{ concept: 7, shared: ['opening up'], fields: ['definition', 'domain'] }] }
    ],
    [
      'accepting another concept than the proposed one does not merge',
      entry({}, term('en', 'opening up')),
      { empty: false, byId: null, sharing: [OPENING_UP] },
      8,
      { action: 'create', proposal: { concept: 7, shared: ['opening up'] } }
    ],
    [
      'homonyms (definition and subject field differ) are never proposed, and the report says why',
      homonym,
      { empty: false, byId: null, sharing: [OPENING_UP] },
      7,
      { action: 'create', keptApart: [{ concept: 7, shared: ['opening up'], fields: ['definition', 'domain'] }] }
    ],
    [
      'a concept without definition or field can be proposed; the one that differs is kept apart',
      homonym,
      { empty: false, byId: null, sharing: [OPENING_UP, NO_FIELDS] },
      undefined,
      {
        action: 'create',
        proposal: { concept: 9, shared: ['opening up'] },
        keptApart: [{ concept: 7, shared: ['opening up'], fields: ['definition', 'domain'] }]
      }
    ],
    [
      'subject fields compared without case and spacing',
      entry({ domain: ' economy ' }, term('en', 'opening up')),
      { empty: false, byId: null, sharing: [OPENING_UP] },
      undefined,
      { action: 'create', proposal: { concept: 7, shared: ['opening up'] } }
    ],
    [
      'another language with the same text shares nothing',
      entry({}, term('fr', 'opening up')),
      { empty: false, byId: null, sharing: [OPENING_UP] },
      undefined,
      { action: 'create' }
    ]
  ]
  it.each(cases)('%s', (_name, e, held, accepted, expected) => {
    expect(decideEntry(e, held, accepted)).toEqual(expected)
  })

  it.each([
    ['c12', 12],
    ['12', 12],
    [' c3 ', 3],
    ['c012', null],
    ['e12', null],
    ['c', null],
    [undefined, null]
  ])('conceptIdOf(%s) = %s', (id, expected) => expect(conceptIdOf(id)).toBe(expected))
})

describe('planMerge', () => {
  const NPC: HeldConcept = {
    id: 3,
    definition: 'The highest organ of state power',
    domain: '',
    note: 'kept',
    terms: [
      term('en', "National People's Congress"),
      term('zh-CN', '全国人民代表大会'),
      term('zh-CN', '人大', 'admitted')
    ]
  }
  const incoming = entry(
    { definition: 'China’s legislature', domain: 'Politics', note: 'kept' },
    term('en', 'National People’s Congress', 'admitted'),
    term('en', "National People's Congress", 'admitted'),
    term('zh-CN', '人大', 'deprecated'),
    term('zh-CN', '全国人大', 'preferred')
  )

  type Row = [string, Record<string, FieldAnswer>, Partial<ReturnType<typeof planMerge>>]
  const rows: Row[] = [
    [
      'unanswered: text fields keep both, statuses keep mine and record theirs, no second preferred',
      {},
      {
        fields: { domain: 'Politics' },
        extras: [['imported definition', 'China’s legislature']],
        // The curly-apostrophe variant is a term of its own; the straight one is the same term.
        add: [
          { index: 0, status: 'admitted' },
          { index: 3, status: 'admitted' }
        ],
        statusChanges: [],
        termExtras: [
          { index: 0, key: 'imported status', value: 'admitted' },
          { index: 2, key: 'imported status', value: 'deprecated' }
        ]
      }
    ],
    [
      "take the file's everywhere",
      {
        definition: 'theirs',
        "status en National People's Congress": 'theirs',
        'status zh-CN 人大': 'theirs',
        'preferred zh': 'theirs'
      },
      {
        fields: { definition: 'China’s legislature', domain: 'Politics' },
        extras: [],
        add: [
          { index: 0, status: 'admitted' },
          { index: 3, status: 'preferred' }
        ],
        statusChanges: [
          { index: 0, status: 'admitted' },
          { index: 2, status: 'deprecated' },
          { index: 1, status: 'admitted' }
        ],
        termExtras: []
      }
    ],
    [
      'keep mine everywhere; keep both preferred terms when asked',
      {
        definition: 'mine',
        "status en National People's Congress": 'mine',
        'status zh-CN 人大': 'mine',
        'preferred zh': 'both'
      },
      {
        fields: { domain: 'Politics' },
        extras: [],
        add: [
          { index: 0, status: 'admitted' },
          { index: 3, status: 'preferred' }
        ],
        statusChanges: [],
        termExtras: []
      }
    ]
  ]
  it.each(rows)('%s', (_name, answers, expected) => {
    const plan = planMerge(NPC, incoming, (field) => answers[field])
    expect(plan).toMatchObject(expected)
  })

  it('lists every conflict with what was done', () => {
    const plan = planMerge(NPC, incoming)
    expect(plan.conflicts).toEqual([
      { field: 'definition', mine: 'The highest organ of state power', theirs: 'China’s legislature', answer: 'both' },
      { field: "status en National People's Congress", mine: 'preferred', theirs: 'admitted', answer: 'both' },
      { field: 'status zh-CN 人大', mine: 'admitted', theirs: 'deprecated', answer: 'both' },
      { field: 'preferred zh', mine: '全国人民代表大会', theirs: '全国人大', answer: 'mine' }
    ])
  })

  it('fills empty fields and adds new terms without conflicts', () => {
    const plan = planMerge({ id: 1, terms: [term('en', 'reform')] }, entry({ definition: 'd' }, term('zh-CN', '改革')))
    expect(plan).toEqual({
      fields: { definition: 'd' },
      extras: [],
      add: [{ index: 0, status: 'preferred' }],
      statusChanges: [],
      termExtras: [],
      conflicts: []
    })
  })
})
