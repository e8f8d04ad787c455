/**
 * The Electron shell's decisions, kept apart from index.ts (the only main module importing electron) so
 * they are plain functions tests call directly: which frames may use the API channel, which links open
 * outside and with what question, which page the window loads, and the shell's own dialog texts.
 */
import { pathToFileURL } from 'node:url'

/** The page the window loads: the built renderer, or the dev server's URL during development only. */
export function rendererEntry(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
  builtIndex: string
): { url: string; file: string | null } {
  const dev = env.ELECTRON_RENDERER_URL
  // A packaged app never takes its page from the environment: anyone who can set a variable could
  // otherwise point the window (and its API channel) at a page of their own.
  if (dev && !isPackaged && /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(dev)) return { url: dev, file: null }
  return { url: pathToFileURL(builtIndex).href, file: builtIndex }
}

export interface SenderFrame {
  url: string
  /** null for the top frame. */
  parent: unknown
}

/**
 * Whether an IPC call comes from the app's own page in the window's top frame: not from a subframe (an
 * embedded page, were one ever shown), not from a page the window was navigated to.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, entry: { url: string }): boolean {
  if (!frame || frame.parent !== null) return false
  let actual: URL
  let expected: URL
  try {
    actual = new URL(frame.url)
    expected = new URL(entry.url)
  } catch {
    return false
  }
  if (expected.protocol === 'file:') return actual.protocol === 'file:' && actual.pathname === expected.pathname
  return actual.origin === expected.origin
}

/** An http(s) link's host, the only kind opened in the system browser; null for anything else. */
export function externalLink(url: string): { url: string; host: string } | null {
  try {
    const parsed = new URL(url)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null
    if (!parsed.hostname) return null
    return { url: parsed.href, host: parsed.host }
  } catch {
    return null
  }
}

export interface ShellTexts {
  unload: { message: string; detail: string; stay: string; leave: string }
  link: { message: (host: string) => string; open: string; cancel: string }
}

const TEXTS: Record<'en' | 'zh', ShellTexts> = {
  en: {
    unload: {
      message: 'You have unsaved changes.',
      detail: 'Close without saving? Your edits will be lost.',
      stay: 'Keep editing',
      leave: 'Discard and close'
    },
    link: { message: (host) => `Open ${host} in your web browser?`, open: 'Open', cancel: 'Cancel' }
  },
  zh: {
    unload: {
      message: '有未保存的更改。',
      detail: '不保存就关闭吗？所做的更改将会丢失。',
      stay: '继续编辑',
      leave: '放弃更改并关闭'
    },
    link: { message: (host) => `在浏览器中打开 ${host}？`, open: '打开', cancel: '取消' }
  }
}

/** The shell's dialog texts in the UI language (Chinese for any zh-*, English otherwise). */
export function shellTexts(language: string): ShellTexts {
  return /^zh/i.test(language) ? TEXTS.zh : TEXTS.en
}
