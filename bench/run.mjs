// `npm run bench`: runs every benchmark under bench/ (TypeScript, through tsx), one process each,
// and gathers their JSON results into bench/results/summary.json.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const results = join(root, 'bench', 'results')
mkdirSync(results, { recursive: true })

// Order matters only for reading the log; each benchmark writes its own JSON file.
const benches = [
  'bench/mining/speed.ts',
  'bench/mining/end-to-end.ts',
  'bench/mining/eval.ts',
  'bench/mining/ceiling.ts',
  'bench/mining/zh-speed.ts',
  'bench/mining/zh-segmenter-speed.ts',
  'bench/mining/zh-eval.ts',
  'bench/termbase/bench.ts',
  'bench/concordance/bench.ts',
  'bench/memory/fuzzy-bench.ts',
  'bench/memory/suggest-bench.ts',
  'bench/memory/memory-bench.ts',
  'bench/formats/bench.ts',
  'bench/reliability/responsiveness.ts',
  'bench/reliability/fuzz.ts',
  'bench/team/bench.ts',
  'bench/qa/bench.ts'
].filter((file) => existsSync(join(root, file)))
const only = process.argv.slice(2)
const summary = { startedAt: new Date().toISOString(), node: process.version, runs: [] }

for (const file of benches) {
  if (only.length && !only.some((o) => file.includes(o))) continue
  console.log(`\n== ${file}`)
  const started = Date.now()
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, file)], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' }
  })
  summary.runs.push({ file, status: run.status, seconds: Math.round((Date.now() - started) / 100) / 10 })
}

summary.results = {}
for (const name of readdirSync(results)) {
  if (!name.endsWith('.json') || name === 'summary.json') continue
  try {
    summary.results[name.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(results, name), 'utf8'))
  } catch {
    // A benchmark that crashed mid-write leaves no usable JSON; its status above says so.
  }
}
writeFileSync(join(results, 'summary.json'), JSON.stringify(summary, null, 2))
console.log(`\nSummary: ${join(results, 'summary.json')}`)
process.exitCode = summary.runs.some((r) => r.status !== 0) ? 1 : 0
