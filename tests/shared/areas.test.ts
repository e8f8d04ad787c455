import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { AREAS } from '../../src/shared/vocabulary'

// One vocabulary of areas in every layer (DESIGN.md, "Round 2"): an operation `area/verb` is declared in
// shared/api/<area>.ts and handled in main/handlers/<area>.ts, and the folders of each layer use the same names.
const root = join(__dirname, '..', '..')
const read = (path: string): string => readFileSync(join(root, path), 'utf8')
const keysIn = (source: string): string[] => [...source.matchAll(/^\s+'([a-zA-Z]+\/[a-zA-Z]+)'\s*:/gm)].map((m) => m[1])
const tsFiles = (dir: string): string[] =>
  readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts') && !['index.ts', 'types.ts'].includes(f))

describe('areas', () => {
  const contracts = tsFiles('src/shared/api')

  it('every contract file is an area, and every key it declares starts with that area', () => {
    expect(contracts.length).toBeGreaterThan(0)
    for (const file of contracts) {
      const area = file.replace(/\.ts$/, '')
      expect(AREAS, `src/shared/api/${file}`).toContain(area)
      const keys = keysIn(read(`src/shared/api/${file}`))
      expect(keys.length, `${file} declares operations`).toBeGreaterThan(0)
      for (const key of keys) expect(key.split('/')[0], `${key} in shared/api/${file}`).toBe(area)
    }
  })

  it('each area is handled in main/handlers/<area>.ts, which handles exactly the keys its contract declares', () => {
    const handlerFiles = tsFiles('src/main/handlers')
    expect(handlerFiles.sort()).toEqual([...contracts].sort())
    for (const file of contracts) {
      const declared = keysIn(read(`src/shared/api/${file}`)).sort()
      const handled = keysIn(read(`src/main/handlers/${file}`)).sort()
      expect(handled, `main/handlers/${file}`).toEqual(declared)
    }
  })

  it('the folders of main, core, renderer screens and tests are named by areas (plus the shared infrastructure)', () => {
    const infrastructure: Record<string, string[]> = {
      'src/main': ['cli', 'db', 'disk', 'handlers', 'jobs', 'text'],
      'src/core': ['text'],
      'src/renderer/src/screens': [],
      // Renderer tests mirror the screens; the shared parts of the renderer have their own folders.
      'tests/renderer': ['components', 'data', 'i18n', 'lib'],
      'tests/main': ['cli', 'db', 'disk', 'interop', 'jobs', 'hostile', 'text'],
      'tests/core': ['text']
    }
    for (const [dir, extra] of Object.entries(infrastructure)) {
      if (!existsSync(join(root, dir))) continue
      const folders = readdirSync(join(root, dir), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
      for (const folder of folders) expect([...AREAS, ...extra], `${dir}/${folder}`).toContain(folder)
    }
  })
})
