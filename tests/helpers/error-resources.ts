import en from '../../src/renderer/src/i18n/errors.en.json'
import zh from '../../src/renderer/src/i18n/errors.zh-CN.json'

type Tree = { [key: string]: string | Tree }

/** The UI's error texts (`errors.*`) in English and Chinese, for tests checking the server's keys. */
export const errorTexts = { en: en as Tree, zh: zh as Tree }

/** The resource text at a key under `errors` (`exchange.file.empty`), or undefined. */
export function resource(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree.errors
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

/** `{{name}}` placeholders of a text, sorted. */
export const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()

/** The text with its placeholders filled in, as i18next does (no escaping). */
export const fill = (text: string, params: Record<string, string | number>): string =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name]))

/**
 * The key exists in both languages with exactly the given parameters as placeholders; returns the English
 * text filled in, for comparing with the server's English message.
 */
export function checkKey(key: string, params: Record<string, string | number>): { english: string; missing: string[] } {
  const missing: string[] = []
  const english = resource(errorTexts.en, key)
  const chinese = resource(errorTexts.zh, key)
  const names = Object.keys(params).sort().join(',')
  if (english === undefined) missing.push(`${key} not in errors.en.json`)
  else if (placeholders(english).join(',') !== names) missing.push(`${key}: en placeholders ≠ ${names}`)
  if (chinese === undefined) missing.push(`${key} not in errors.zh-CN.json`)
  else if (placeholders(chinese).join(',') !== names) missing.push(`${key}: zh-CN placeholders ≠ ${names}`)
  return { english: english === undefined ? '' : fill(english, params), missing }
}
