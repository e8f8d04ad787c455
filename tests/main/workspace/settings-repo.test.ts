import { describe, expect, it } from 'vitest'

import { migrate } from '../../../src/main/db/migrate'
import { openDatabase } from '../../../src/main/db/open-database'
import { allSettings, deleteSetting, getSetting, setSetting } from '../../../src/main/workspace/settings-repo'

describe('settings repository', () => {
  it('gets, overwrites, lists and deletes values', () => {
    const db = openDatabase(':memory:')
    migrate(db)
    expect(getSetting(db, 'ui.language')).toBeNull()
    setSetting(db, 'ui.language', 'en')
    setSetting(db, 'ui.language', 'zh-CN')
    setSetting(db, 'a', '')
    expect(getSetting(db, 'ui.language')).toBe('zh-CN')
    expect(allSettings(db)).toEqual({ a: '', 'ui.language': 'zh-CN' })
    deleteSetting(db, 'a')
    expect(getSetting(db, 'a')).toBeNull()
    db.close()
  })
})
