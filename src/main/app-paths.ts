import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/**
 * The project root (where package.json, seeds/ and out/ live), found by walking up from this
 * module: the same answer from the sources (tests), from out/main (CLI, app) and from an install
 * under node_modules.
 */
export function appRoot(start: string = __dirname): string {
  let dir = start
  for (;;) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'shuyu') return dir
      } catch {
        // An unreadable package.json is not ours; keep walking.
      }
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`Cannot find Shuyu's package root above ${start}`)
    dir = parent
  }
}

export const seedsDir = (root = appRoot()): string => join(root, 'seeds')
export const rendererDir = (root = appRoot()): string => join(root, 'out', 'renderer')
export const resourcesDir = (root = appRoot()): string => join(root, 'resources')
