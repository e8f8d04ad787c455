// Builds better-sqlite3 for Electron's ABI into .electron-native/, beside the Node build in
// node_modules that `npm test` and the CLI use. The desktop app loads this copy through
// better-sqlite3's `nativeBinding` option (src/main/index.ts), so neither build overwrites the other.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const target = join(root, '.electron-native')
const addon = join(target, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
const sqliteVersion = JSON.parse(readFileSync(require.resolve('better-sqlite3/package.json'), 'utf8')).version
const stamp = join(target, 'built-for.json')
const wanted = JSON.stringify({ electronVersion, sqliteVersion })

if (existsSync(addon) && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is up to date`)
  process.exit(0)
}

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} into .electron-native/ ...`)
rmSync(target, { recursive: true, force: true })
mkdirSync(join(target, 'node_modules'), { recursive: true })
writeFileSync(join(target, 'package.json'), JSON.stringify({ name: 'shuyu-electron-native', private: true }))
cpSync(dirname(require.resolve('better-sqlite3/package.json')), join(target, 'node_modules', 'better-sqlite3'), {
  recursive: true,
  filter: (src) => !src.endsWith('.node')
})
const { rebuild } = await import('@electron/rebuild')
try {
  await rebuild({ buildPath: target, electronVersion, onlyModules: ['better-sqlite3'], force: true })
} catch (error) {
  console.error('Could not build better-sqlite3 for Electron (needs network access to Electron headers):')
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
writeFileSync(stamp, wanted)
console.log('done')
