import { afterEach, describe, expect, it } from 'vitest'

import { seedsDir } from '../../../src/main/app-paths'
import { openTestApp } from '../../helpers/test-app'

describe('corpus/locate', () => {
  let t: Awaited<ReturnType<typeof openTestApp>> | null = null
  afterEach(() => {
    t?.close()
    t = null
  })

  it('gives the offset at which corpus/segments returns that segment first', async () => {
    t = await openTestApp()
    await t.call('corpus/import', { paths: [seedsDir()] })
    const [doc] = await t.call('corpus/list', {})
    const all = await t.call('corpus/segments', { documentId: doc.id, offset: 0, limit: 5000 })
    expect(all.length).toBeGreaterThan(10)
    for (const wanted of [all[0], all[7], all[all.length - 1]]) {
      const at = await t.call('corpus/locate', { segmentId: wanted.id })
      expect(at.documentId).toBe(doc.id)
      const [first] = await t.call('corpus/segments', { documentId: doc.id, offset: at.offset, limit: 1 })
      expect(first.id).toBe(wanted.id)
    }
  })

  it('says not-found for a segment of a deleted document, and finds it again after undo', async () => {
    t = await openTestApp()
    await t.call('corpus/import', { paths: [seedsDir()] })
    const [doc] = await t.call('corpus/list', {})
    const [segment] = await t.call('corpus/segments', { documentId: doc.id, offset: 3, limit: 1 })
    await t.call('corpus/delete', { id: doc.id })
    await expect(t.call('corpus/locate', { segmentId: segment.id })).rejects.toMatchObject({ code: 'not-found' })
    await t.call('workspace/undo', {})
    expect((await t.call('corpus/locate', { segmentId: segment.id })).offset).toBe(3)
  })
})
