import i18next from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'

import { initI18n } from '../../../src/renderer/src/i18n/setup'
import { historyLabel } from '../../../src/renderer/src/lib/history-label'

beforeAll(async () => {
  await initI18n('zh-CN')
})

describe('history labels', () => {
  it('says an entry in the UI language from its key, and an older entry without one as recorded', async () => {
    const entry = {
      label: 'Delete “common prosperity”',
      labelText: { key: 'conceptDelete', params: { term: 'common prosperity' } }
    }
    await i18next.changeLanguage('zh-CN')
    expect(historyLabel(entry, i18next.t)).toBe('删除“common prosperity”')
    expect(i18next.t('history.undone', { label: historyLabel(entry, i18next.t) })).toBe(
      '已撤销：删除“common prosperity”'
    )
    expect(historyLabel({ label: 'Old change' }, i18next.t)).toBe('Old change')
    await i18next.changeLanguage('en')
    expect(historyLabel(entry, i18next.t)).toBe('Delete “common prosperity”')
  })
})
