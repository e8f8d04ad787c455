import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The built worker (out/main/worker.js), or null when running from sources (tests, tsx), where the miner
 * and the exchange parser run in-process. The bundler may place this module in out/main/chunks/, hence
 * the parent folder too. SHUYU_WORKER_FILE names another bundle (the benches bundle the current sources).
 */
export function builtWorkerFile(): string | null {
  const candidates = [
    process.env.SHUYU_WORKER_FILE,
    join(__dirname, 'worker.js'),
    join(dirname(__dirname), 'worker.js')
  ]
  for (const file of candidates) if (file && existsSync(file)) return file
  return null
}
