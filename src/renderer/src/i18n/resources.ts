import en from './en.json'
import zhCN from './zh-CN.json'

type Tree = { [key: string]: string | Tree }

// Screens may keep their strings in their own files (`memory.en.json`, `memory.zh-CN.json`, …) so
// that work on different screens never edits the same file; they are merged under the main ones.
// Strings may also sit beside their screen (`screens/qa/qa.en.json`).
const extraEn = import.meta.glob(['./*.en.json', '../screens/*/*.en.json'], {
  import: 'default',
  eager: true
}) as Record<string, Tree>
const extraZh = import.meta.glob(['./*.zh-CN.json', '../screens/*/*.zh-CN.json'], {
  import: 'default',
  eager: true
}) as Record<string, Tree>

function merge(base: Tree, extras: Record<string, Tree>): Tree {
  const out: Tree = { ...base }
  for (const extra of Object.values(extras)) Object.assign(out, extra)
  return out
}

export const resources = {
  en: merge(en as Tree, extraEn),
  'zh-CN': merge(zhCN as Tree, extraZh)
}
