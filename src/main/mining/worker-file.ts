import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The built worker (out/main/worker.js), or null when running from sources (tests, tsx), where the miner
 * runs in-process. The bundler may place this module in out/main/chunks/, hence the parent folder too.
 * SHUYU_MINER_WORKER names another bundle (the end-to-end bench bundles the current sources).
 */
export function builtWorkerFile(): string | null {
  const candidates = [process.env.SHUYU_MINER_WORKER, join(__dirname, 'worker.js'),
    join(dirname(__dirname), 'worker.js')]
  for (const file of candidates) if (file && existsSync(file)) return file
  return null
}
