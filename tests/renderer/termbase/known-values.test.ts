import { beforeAll, describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { conceptName } from '../../../src/renderer/src/screens/termbase/concept-name'
import {
  posLabels,
  shownValue,
  sourceLabels,
  storedValue
} from '../../../src/renderer/src/screens/termbase/known-values'

describe('known field values', () => {
  let i18n: Awaited<ReturnType<typeof initI18n>>
  beforeAll(async () => {
    i18n = await initI18n('zh-CN')
  })

  it('shows what the app stores in the UI language and stores it back unchanged', () => {
    const t = i18n.getFixedT('zh-CN')
    const source = sourceLabels(t)
    expect(shownValue('mined', source)).toBe('从语料中挖掘')
    expect(storedValue('从语料中挖掘', source)).toBe('mined')
    const pos = posLabels(t)
    expect(shownValue('noun', pos)).toBe('名词')
    expect(storedValue('名词', pos)).toBe('noun')
    expect(storedValue('专有名词', pos)).toBe('properNoun')
    expect(shownValue('properNoun', posLabels(i18n.getFixedT('en')))).toBe('proper noun')
  })

  it('keeps free text as typed, including while it is being typed', () => {
    const pos = posLabels(i18n.getFixedT('zh-CN'))
    expect(storedValue('名', pos)).toBe('名')
    expect(shownValue('noun phrase', pos)).toBe('noun phrase')
    expect(storedValue('', pos)).toBe('')
    // Inherited object keys are not values.
    expect(shownValue('constructor', pos)).toBe('constructor')
  })
})

describe('concept names', () => {
  it('names a concept by its first English term, or not at all', () => {
    expect(
      conceptName([
        { lang: 'zh-CN', text: '新质生产力' },
        { lang: 'en-GB', text: ' new quality productive forces ' },
        { lang: 'en', text: 'NQPF' }
      ])
    ).toBe('new quality productive forces')
    expect(
      conceptName([
        { lang: 'zh-CN', text: '新质生产力' },
        { lang: 'en', text: '  ' }
      ])
    ).toBeNull()
  })
})
