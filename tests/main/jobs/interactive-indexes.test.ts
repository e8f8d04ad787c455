import { join } from 'node:path'

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { AppContext } from '../../../src/main/app-context'
import { seedsDir } from '../../../src/main/app-paths'
import { dispatch } from '../../../src/main/dispatch'
import { createHandlers, type Handlers } from '../../../src/main/handlers'
import type { ApiArg, ApiName, ApiResult, AppEvent } from '../../../src/shared/api'
import { bundleWorker } from '../../helpers/bundle-worker'
import { useTempHome } from '../../helpers/temp-home'
import { writeTbx, writeTmx } from './job-fixtures'

// The app's main thread (interactive) never brings a large index up to date itself: searches answer
// from what is indexed at once while background jobs catch up, and then find everything.
let previousWorker: string | undefined
beforeAll(() => {
  previousWorker = process.env.SHUYU_WORKER_FILE
  process.env.SHUYU_WORKER_FILE = bundleWorker('interactive')
})
afterAll(() => {
  if (previousWorker === undefined) delete process.env.SHUYU_WORKER_FILE
  else process.env.SHUYU_WORKER_FILE = previousWorker
})

let home: ReturnType<typeof useTempHome>
let app: AppContext
let handlers: Handlers
let events: AppEvent[]
beforeEach(async () => {
  home = useTempHome()
  app = await AppContext.open({ db: join(home.dir, 'ws.sqlite'), seedsDir: seedsDir(), interactive: true })
  handlers = createHandlers(app)
  events = []
  app.events.subscribe((e) => events.push(e))
})
afterEach(() => {
  app.close()
  home.restore()
})

async function call<K extends ApiName>(name: K, arg: ApiArg<K>): Promise<{ result: ApiResult<K>; ms: number }> {
  const started = performance.now()
  const r = await dispatch(app, handlers, name, arg)
  if (!r.ok) throw new Error(r.error.message)
  return { result: r.result as ApiResult<K>, ms: performance.now() - started }
}

async function eventually(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

const jobs = (name: string) => events.filter((e) => e.type === 'job' && e.name === name && e.state === 'done')

describe('the main thread of the app after a large import by a job', () => {
  it('concordance: answers at once from what is indexed, the index job catches up, then everything is found', async () => {
    const path = join(home.dir, 'units.tmx')
    writeTmx(path, 20_000)
    await call('exchange/import', { path }) // as the CLI does: no indexing in the import job
    const first = await call('concordance/search', { query: '高质量发展', scope: 'memory', limit: 5 })
    expect(first.ms).toBeLessThan(1000)
    expect(first.result.total).toBe(0)
    await eventually(async () => jobs('concordance/index').length > 0)
    const later = await call('concordance/search', { query: '高质量发展', scope: 'memory', limit: 5 })
    expect(later.result.total).toBe(20_000)
  }, 120_000)

  it('fuzzy matches: answered at once while the warm-up job builds the index, then found', async () => {
    const path = join(home.dir, 'units.tmx')
    writeTmx(path, 20_000)
    await call('exchange/import', { path })
    const text = 'Sentence u19999 on high-quality development of the 17th province.'
    const first = await call('memory/match', { text })
    expect(first.ms).toBeLessThan(1000)
    await eventually(async () => jobs('memory/warmUp').length > 0)
    const later = await call('memory/match', { text })
    expect(later.result[0]).toMatchObject({ score: 100 })
    expect(app.unitIndex.catchUp()).toBe(0)
  }, 120_000)

  it('term-base search: keeps answering from the index it has while it rebuilds, then finds the import', async () => {
    await call('termbase/save', {
      terms: [{ lang: 'en', text: 'common prosperity', status: 'preferred', pos: '', usageNote: '' }]
    })
    await app.conceptIndex.warmUp()
    const path = join(home.dir, 'terms.tbx')
    writeTbx(path, 20_000)
    await call('exchange/import', { path })
    const id = app.workspace.db.prepare("SELECT concept_id FROM terms WHERE text = 'policy c term 19999'").pluck().get()
    const slowest = { ms: 0 }
    await eventually(async () => {
      const started = performance.now()
      const found = app.conceptIndex.search('policy c term 19999')
      slowest.ms = Math.max(slowest.ms, performance.now() - started)
      const kept = await call('termbase/search', { text: 'common prosperity' })
      expect(kept.result.total).toBe(1)
      return found.includes(id as number)
    })
    expect(slowest.ms).toBeLessThan(1000)
  }, 120_000)
})
