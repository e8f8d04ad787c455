import { describe, expect, it } from 'vitest'

import { mergeResources, resources } from '../../../src/renderer/src/i18n/resources'

type Tree = { [key: string]: string | Tree }

/** Flattens nested resources into dotted keys: { a: { b: 'x' } } → { 'a.b': 'x' }. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/
const baseKey = (key: string) => key.replace(pluralSuffix, '')

const enKeys = flatten(resources.en as Tree)
const zhKeys = flatten(resources['zh-CN'] as Tree)

// Every source file of the renderer, as text, through Vite's glob (no Node fs in the web tsconfig).
const sources = import.meta.glob('../../../src/renderer/src/**/*.{ts,tsx}', {
  query: '?raw',
  import: 'default',
  eager: true
}) as Record<string, string>

/** Literal keys passed to t('…') or i18n.t("…") anywhere in the renderer sources. */
function usedKeys(): Map<string, string> {
  const found = new Map<string, string>()
  const call = /\bt\(\s*(['"])([^'"`]+?)\1/g
  for (const [file, text] of Object.entries(sources)) {
    for (const match of text.matchAll(call)) found.set(match[2], file)
  }
  return found
}

describe('i18n resources', () => {
  it('have the same keys in English and Chinese (plural forms compared by base key)', () => {
    const enBases = new Set([...enKeys.keys()].map(baseKey))
    const zhBases = new Set([...zhKeys.keys()].map(baseKey))
    expect(
      [...enBases].filter((key) => !zhBases.has(key)),
      'missing in zh-CN.json'
    ).toEqual([])
    expect(
      [...zhBases].filter((key) => !enBases.has(key)),
      'missing in en.json'
    ).toEqual([])
  })

  it('give every plural key the forms each language needs (en: one + other, zh: other)', () => {
    const pluralBases = new Set(
      [...enKeys.keys(), ...zhKeys.keys()].filter((key) => pluralSuffix.test(key)).map(baseKey)
    )
    for (const base of pluralBases) {
      expect(enKeys.has(`${base}_one`) && enKeys.has(`${base}_other`), `en ${base}`).toBe(true)
      expect(zhKeys.has(`${base}_other`), `zh-CN ${base}`).toBe(true)
    }
  })

  it('have no empty values', () => {
    const empty = [...enKeys, ...zhKeys].filter(([, value]) => value.trim() === '').map(([key]) => key)
    expect(empty).toEqual([])
  })

  it('keep interpolation placeholders identical across languages', () => {
    const placeholders = (value: string) => [...value.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    for (const [key, value] of enKeys) {
      const zhValue = zhKeys.get(key) ?? zhKeys.get(`${baseKey(key)}_other`)
      if (zhValue === undefined) continue
      expect(placeholders(zhValue), key).toEqual(placeholders(value))
    }
  })

  it('define every key the renderer passes to t()', () => {
    const used = usedKeys()
    // Guards the scanner itself: if the regex stopped matching, this test would pass vacuously.
    expect(used.size).toBeGreaterThan(40)
    const enBases = new Set([...enKeys.keys()].map(baseKey))
    const missing = [...used].filter(([key]) => !enBases.has(key)).map(([key, file]) => `${key} (${file})`)
    expect(missing).toEqual([])
  })

  it("merge each screen's file into one resource per language, refusing a namespace defined twice", () => {
    // The screens' own files are in: a key of each area's namespace resolves in both languages.
    for (const key of [
      'mining.mine',
      'termbase.save',
      'corpus.emptyTitle',
      'workspaceDialog.title',
      'errors.place.file'
    ]) {
      expect(enKeys.has(key), key).toBe(true)
      expect(zhKeys.has(key), key).toBe(true)
    }
    expect(() =>
      mergeResources({ mining: { a: 'x' } }, { 'screens/mining/mining.en.json': { mining: { b: 'y' } } })
    ).toThrow(/"mining" is defined in the main file and in screens\/mining\/mining.en.json/)
  })
})
