import en from './en.json'
import zhCN from './zh-CN.json'

type Tree = { [key: string]: string | Tree }

// Strings live beside what says them: the shell's and shared components' here (en.json, zh-CN.json), the
// server's error texts in errors.*.json, each screen's in screens/<area>/<area>.<lang>.json. Every file holds
// whole top-level namespaces (`mining`, `termbase`, …), merged into one resource per language.
const extraEn = import.meta.glob(['./*.en.json', '../screens/*/*.en.json'], { import: 'default', eager: true })
const extraZh = import.meta.glob(['./*.zh-CN.json', '../screens/*/*.zh-CN.json'], { import: 'default', eager: true })

/** One language's resources; a namespace defined in two files is a mistake that would hide strings. */
export function mergeResources(base: Tree, files: Record<string, Tree>): Tree {
  const out: Tree = { ...base }
  const owner = new Map(Object.keys(base).map((key) => [key, 'the main file']))
  for (const [file, extra] of Object.entries(files)) {
    for (const [key, value] of Object.entries(extra)) {
      const first = owner.get(key)
      if (first) throw new Error(`i18n: "${key}" is defined in ${first} and in ${file}`)
      owner.set(key, file)
      out[key] = value
    }
  }
  return out
}

export const resources = {
  en: mergeResources(en as Tree, extraEn as Record<string, Tree>),
  'zh-CN': mergeResources(zhCN as Tree, extraZh as Record<string, Tree>)
}
