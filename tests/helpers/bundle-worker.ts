import { join } from 'node:path'

import { buildSync } from 'esbuild'

import { appRoot } from '../../src/main/app-paths'

/**
 * The jobs worker as the app ships it (src/main/jobs/worker.ts bundled to one CommonJS file), built
 * from the current sources into `dir`: tests and benches run from sources, where no built worker exists.
 */
export function bundleWorker(dir: string): string {
  const file = join(dir, 'worker.js')
  buildSync({
    entryPoints: [join(appRoot(), 'src/main/jobs/worker.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent'
  })
  return file
}
