import { afterEach, describe, expect, it } from 'vitest'

import { migrate } from '../../../src/main/db/migrate'
import { type Db, openDatabase } from '../../../src/main/db/open-database'
import { ConceptIndex } from '../../../src/main/termbase/concept-index'

// The app builds the term-base index in the background, in slices; the workspace may close under it
// (the app quits, another workspace is opened). That must leave a stale index, not an unhandled rejection
// (which ends the Node process: the responsiveness bench died of it after its last import).
describe('the concept index built in the background', () => {
  let db: Db | null = null
  afterEach(() => db?.close())

  it('gives up quietly when the workspace closes mid-build, and rebuilds from the next one', async () => {
    const first = openDatabase(':memory:')
    migrate(first)
    const insert = first.prepare(
      "INSERT INTO concepts (definition, created_at, modified_at) VALUES ('policy term ' || ?, '2026', '2026')"
    )
    for (let i = 0; i < 3000; i++) insert.run(i)
    let open: Db | null = first
    const index = new ConceptIndex(
      () => {
        if (!open) throw new Error('Workspace is closed')
        return open
      },
      { background: true }
    )
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    try {
      const building = index.warmUp()
      await new Promise((resolve) => setImmediate(resolve))
      first.close()
      open = null
      await building
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(rejections).toEqual([])

      db = openDatabase(':memory:')
      migrate(db)
      db.prepare(
        "INSERT INTO concepts (definition, created_at, modified_at) VALUES ('rural revitalisation', '2026', '2026')"
      ).run()
      open = db
      index.invalidateAll()
      await index.warmUp()
      expect(index.search('revitalisation')).toHaveLength(1)
    } finally {
      process.off('unhandledRejection', onRejection)
    }
  })
})
