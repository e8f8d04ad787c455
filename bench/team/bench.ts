// Team sync at scale (issue #20), against a real PostgreSQL and two server instances (separate processes):
//  1. a 100,000-concept term base synced to a new workspace (target < 30 s), after its first upload;
//  2. an incremental sync of 100 changes (target < 1 s), push and pull;
//  3. 50 concurrent clients against 2 instances: no lost update, throughput and p99 of a sync.
// Needs SHUYU_BENCH_PG or SHUYU_TEST_PG (a URL whose role may create databases); without one it says so and
// writes a result saying it was skipped. Writes bench/results/team.json.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

import pg from 'pg'

import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import { readConceptFields } from '../../src/main/team/concept-fields'
import { createPool } from '../../src/server/db'
import { migratePg } from '../../src/server/migrate'
import { addUser } from '../../src/server/users'
import type { ApiArg, ApiName, ApiResult } from '../../src/shared/api'
import type { TeamRole } from '../../src/shared/team-protocol'
import { mulberry32, percentile } from '../lib/stats'

const PG = process.env.SHUYU_BENCH_PG ?? process.env.SHUYU_TEST_PG
const CONCEPTS = Number(process.env.BENCH_TEAM_CONCEPTS ?? 100_000)
const CLIENTS = Number(process.env.BENCH_TEAM_CLIENTS ?? 50)
const EDITS = Number(process.env.BENCH_TEAM_EDITS ?? 10)
const root = join(__dirname, '..', '..')
const resultsDir = join(root, 'bench', 'results')
const dir = mkdtempSync(join(tmpdir(), 'shuyu-bench-team-'))
const seconds = (ms: number) => Math.round(ms) / 1000
const rss = () => Math.round(process.memoryUsage().rss / 1e6)
/** CPU seconds this process used (user + system): on a shared machine it says more than wall time. */
const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1e6
}
/** CPU seconds a child process used so far (Linux /proc), or NaN elsewhere. */
function childCpu(child: ChildProcess): number {
  try {
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return Number.NaN
  }
}
const round = (x: number) => Math.round(x * 10) / 10

function write(result: unknown): void {
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(join(resultsDir, 'team.json'), JSON.stringify(result, null, 2))
  console.log(JSON.stringify(result, null, 2))
}

interface Ws {
  app: AppContext
  call<K extends ApiName>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>>
}

async function openWs(name: string): Promise<Ws> {
  const app = await AppContext.open({ db: join(dir, `${name}.sqlite`), seedsDir: seedsDir() })
  const handlers = createHandlers(app)
  return {
    app,
    call: async (op, arg) => {
      const r = await dispatch(app, handlers, op, arg)
      if (!r.ok) throw new Error(`${op}: ${r.error.message}`)
      return r.result as never
    }
  }
}

async function instance(url: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'server-process.ts'), url], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve)
    child.once('exit', (code) => reject(new Error(`team server exited with ${code}`)))
  })
  return { url: line.trim(), child }
}

/** Fills a workspace with `n` concepts the way an import would leave them (2–3 terms, definition, examples). */
function fillWorkspace(ws: Ws, n: number): void {
  const db = ws.app.workspace.db
  const rand = mulberry32(20)
  const words = [
    'quality',
    'productive',
    'forces',
    'development',
    'innovation',
    'green',
    'digital',
    'economy',
    'reform',
    'rural',
    'revitalization',
    'common',
    'prosperity',
    'security',
    'governance',
    'ecological'
  ]
  const han = '新质生产力高质量发展创新驱动现代化产业体系绿色数字经济改革开放乡村振兴共同富裕安全科技战略治理生态文明'
  const pick = () => words[Math.floor(rand() * words.length)]
  const now = new Date().toISOString()
  db.transaction(() => {
    const concept = db.prepare(
      'INSERT INTO concepts (definition, domain, note, source, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?)'
    )
    const term = db.prepare(
      `INSERT INTO terms (concept_id, lang, text, norm, status, ordinal, created_at, modified_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
    const example = db.prepare(
      'INSERT INTO examples (concept_id, text, zh_text, source, created_at) VALUES (?, ?, ?, ?, ?)'
    )
    for (let i = 0; i < n; i++) {
      const en = `${pick()} ${pick()} ${pick()} ${i}`
      const id = Number(
        concept.run(`The ${en} as defined in policy documents of the State Council.`, pick(), '', '', now, now)
          .lastInsertRowid
      )
      term.run(id, 'en', en, en, 'preferred', 0, now, now)
      const start = Math.floor(rand() * (han.length - 4))
      const zh = `${han.slice(start, start + 4)}${i}`
      term.run(id, 'zh-CN', zh, zh, 'preferred', 1, now, now)
      if (i % 3 === 0) term.run(id, 'en', `${en} (variant)`, `${en} (variant)`, 'admitted', 2, now, now)
      if (i % 2 === 0) example.run(id, `We will promote ${en} in the coming years.`, '', 'Report, 2024-03-05', now)
    }
  })()
}

async function main(): Promise<void> {
  if (!PG) {
    const reason = 'no PostgreSQL: set SHUYU_BENCH_PG or SHUYU_TEST_PG (`source .ci/postgres.sh` sets the latter)'
    console.log(`team bench skipped: ${reason}`)
    write({ skipped: reason })
    return
  }
  const name = `shuyu_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: PG })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  const dbUrl = new URL(PG)
  dbUrl.pathname = `/${name}`
  const url = dbUrl.toString()
  const children: ChildProcess[] = []
  const opened: Ws[] = []
  try {
    const pool = createPool(url, { max: 2 })
    await migratePg(pool)
    const member = (n: string, role: TeamRole) => addUser(pool, n, role)
    const servers = [await instance(url), await instance(url)]
    children.push(...servers.map((s) => s.child))

    // 1. A 100,000-concept term base: first upload from one workspace, then a new workspace gets all of it.
    const seed = await openWs('seed')
    opened.push(seed)
    let t = performance.now()
    fillWorkspace(seed, CONCEPTS)
    const fillMs = performance.now() - t
    await seed.call('team/join', { url: servers[0].url, token: await member('seed', 'terminologist') })
    t = performance.now()
    let c0 = cpu()
    const upload = await seed.call('team/sync', {})
    const uploadMs = performance.now() - t
    const uploadCpu = cpu() - c0
    console.log(`upload of ${CONCEPTS} concepts: ${seconds(uploadMs)} s (${upload.pushed} changes)`)

    const fresh = await openWs('fresh')
    opened.push(fresh)
    await fresh.call('team/join', { url: servers[1].url, token: await member('fresh', 'translator') })
    const rssBefore = rss()
    const cpuBefore = cpu()
    const serverCpuBefore = childCpu(servers[1].child)
    t = performance.now()
    const full = await fresh.call('team/sync', {})
    const fullMs = performance.now() - t
    const fullCpu = cpu() - cpuBefore
    const fullServerCpu = childCpu(servers[1].child) - serverCpuBefore
    const freshCount = fresh.app.workspace.db
      .prepare('SELECT count(*) FROM concepts WHERE deleted_at IS NULL')
      .pluck()
      .get()
    console.log(`full sync to a new workspace: ${seconds(fullMs)} s (${full.pulled} concepts)`)

    // 2. 100 changes made in one workspace: its push, then the other's pull.
    const ids = seed.app.workspace.db.prepare('SELECT id FROM concepts ORDER BY id LIMIT 100').pluck().all() as number[]
    for (const id of ids) {
      const c = await seed.call('termbase/get', { id })
      await seed.call('termbase/save', { ...c, note: `revised ${id}` })
    }
    t = performance.now()
    c0 = cpu()
    const incPush = await seed.call('team/sync', {})
    const incPushMs = performance.now() - t
    const incPushCpu = cpu() - c0
    t = performance.now()
    c0 = cpu()
    const incPull = await fresh.call('team/sync', {})
    const incPullMs = performance.now() - t
    const incPullCpu = cpu() - c0
    console.log(
      `incremental: push ${seconds(incPushMs)} s (${incPush.pushed}), pull ${seconds(incPullMs)} s (${incPull.pulled})`
    )
    const samePulled = ids.every((id) => {
      const uid = seed.app.workspace.db.prepare('SELECT uid FROM concepts WHERE id = ?').pluck().get(id)
      const there = fresh.app.workspace.db.prepare('SELECT id FROM concepts WHERE uid = ?').pluck().get(uid) as number
      return readConceptFields(fresh.app.workspace.db, there)?.note === `revised ${id}`
    })

    // 3. 50 clients against 2 instances, each adding terms to one shared concept and editing its own concepts,
    //    syncing after every edit, all at once. Every edit must be in the team's term base at the end.
    const shared = (
      await seed.call('termbase/save', {
        terms: [{ lang: 'en', text: 'shared concept for the load test', status: 'preferred', pos: '', usageNote: '' }]
      })
    ).concept!.id
    await seed.call('team/sync', {})
    const clients: Ws[] = []
    for (let i = 0; i < CLIENTS; i++) {
      const ws = await openWs(`client${i}`)
      opened.push(ws)
      await ws.call('team/join', { url: servers[i % 2].url, token: await member(`client${i}`, 'terminologist') })
      clients.push(ws)
    }
    // Each client starts its log cursor just before the shared concept (its newest entry), so it pulls only that
    // concept: fifty full pulls of 100,000 concepts would measure case 1 fifty times over.
    const high = (await pool.query('SELECT max(seq)::int AS s FROM log')).rows[0].s as number
    for (const ws of clients) ws.app.workspace.db.prepare('UPDATE team_link SET pulled_seq = ?').run(high - 1)
    const sharedUid = seed.app.workspace.db.prepare('SELECT uid FROM concepts WHERE id = ?').pluck().get(shared)
    for (const ws of clients) await ws.call('team/sync', {})
    const latencies: number[] = []
    t = performance.now()
    await Promise.all(
      clients.map(async (ws, i) => {
        const here = ws.app.workspace.db
          .prepare('SELECT id FROM concepts WHERE uid = ?')
          .pluck()
          .get(sharedUid) as number
        for (let j = 0; j < EDITS; j++) {
          if (j % 2 === 0) {
            const c = await ws.call('termbase/get', { id: here })
            await ws.call('termbase/save', {
              ...c,
              terms: [...c.terms, { lang: 'en', text: `load ${i}-${j}`, status: 'admitted', pos: '', usageNote: '' }]
            })
          } else {
            await ws.call('termbase/save', {
              terms: [{ lang: 'en', text: `own ${i}-${j}`, status: 'preferred', pos: '', usageNote: '' }],
              definition: `by client ${i}`
            })
          }
          const s = performance.now()
          await ws.call('team/sync', {})
          latencies.push(performance.now() - s)
        }
      })
    )
    const loadMs = performance.now() - t
    const state = (await pool.query('SELECT fields FROM concepts WHERE uid = $1', [sharedUid])).rows[0].fields
    let kept = 0
    for (let i = 0; i < CLIENTS; i++) {
      for (let j = 0; j < EDITS; j++) {
        if (j % 2 === 0) kept += `term:en:load ${i}-${j}` in state ? 1 : 0
        else
          kept += (await pool.query(`SELECT 1 FROM concepts WHERE fields ? $1`, [`term:en:own ${i}-${j}`])).rowCount
            ? 1
            : 0
      }
    }
    const conflicts = clients.reduce(
      (n, ws) => n + (ws.app.workspace.db.prepare('SELECT count(*) FROM team_conflicts').pluck().get() as number),
      0
    )
    await pool.end()
    const result = {
      machine: 'shared 2-core build machine (other agents running); client and 2 server instances on one host',
      concepts: CONCEPTS,
      fillSeconds: seconds(fillMs),
      loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
      firstUpload: { seconds: seconds(uploadMs), clientCpuSeconds: round(uploadCpu), changes: upload.pushed },
      fullSyncToNewWorkspace: {
        seconds: seconds(fullMs),
        clientCpuSeconds: round(fullCpu),
        serverCpuSeconds: round(fullServerCpu),
        target: '< 30 s',
        pulled: full.pulled,
        conceptsThere: freshCount,
        rssMbBefore: rssBefore,
        rssMbAfter: rss()
      },
      incremental100: {
        pushSeconds: seconds(incPushMs),
        pullSeconds: seconds(incPullMs),
        pushClientCpuSeconds: round(incPushCpu),
        pullClientCpuSeconds: round(incPullCpu),
        target: '< 1 s',
        pushed: incPush.pushed,
        pulled: incPull.pulled,
        allArrived: samePulled
      },
      concurrent: {
        clients: CLIENTS,
        instances: 2,
        editsPerClient: EDITS,
        edits: CLIENTS * EDITS,
        kept,
        lostUpdates: CLIENTS * EDITS - kept,
        conflicts,
        seconds: seconds(loadMs),
        syncsPerSecond: Math.round((latencies.length / loadMs) * 1000 * 10) / 10,
        editsPerSecond: Math.round(((CLIENTS * EDITS) / loadMs) * 1000 * 10) / 10,
        syncMs: {
          p50: Math.round(percentile(latencies, 50)),
          p99: Math.round(percentile(latencies, 99)),
          max: Math.round(Math.max(...latencies))
        }
      }
    }
    write(result)
  } finally {
    for (const ws of opened) ws.app.close()
    for (const c of children) c.kill()
    await new Promise((r) => setTimeout(r, 500))
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {})
    await admin.end()
    rmSync(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
