import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

import { buildSync } from 'esbuild'

import { appRoot } from '../../src/main/app-paths'
import { processAlive } from '../../src/main/disk/process-alive'

let bundled = 0

/**
 * The jobs worker as the app ships it (src/main/jobs/worker.ts bundled to one CommonJS file, packages
 * left external as electron-vite leaves them), built from the current sources: tests and benches run
 * from sources, where no built worker exists. It is written under the project's .tmp/ (so its
 * `require`s find node_modules; better-sqlite3's native addon cannot be bundled) and removed when the
 * process exits; `dir` only names it.
 */
export function bundleWorker(dir: string): string {
  const root = join(appRoot(), '.tmp', 'workers')
  // Test processes that were killed (vitest ends its forks without an exit event) left theirs.
  for (const name of safeList(root)) {
    if (!processAlive(Number(name.split('-')[0]))) rmSync(join(root, name), { recursive: true, force: true })
  }
  const out = join(root, `${process.pid}-${++bundled}-${dir.split(/[\\/]/).pop()}`)
  mkdirSync(out, { recursive: true })
  process.once('exit', () => rmSync(out, { recursive: true, force: true }))
  const file = join(out, 'worker.js')
  buildSync({
    entryPoints: [join(appRoot(), 'src/main/jobs/worker.ts')],
    outfile: file,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent'
  })
  return file
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
