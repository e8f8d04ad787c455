/** The minimal browser surfaces the token logic needs, so tests can hand in fakes. */
export interface TokenEnvironment {
  location: { href: string }
  storage: Pick<Storage, 'getItem' | 'setItem'>
  history: Pick<History, 'replaceState' | 'state'>
}

const storageKey = 'shuyu.token'

/**
 * The web bridge hands the page its token once, in `?token=`. Keep it in sessionStorage (it
 * survives reloads of this tab only) and strip it from the address bar so it is not bookmarked,
 * copied into a bug report or left in the history.
 */
export function takeSessionToken(env: TokenEnvironment): string | null {
  const url = new URL(env.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    env.storage.setItem(storageKey, fromUrl)
    url.searchParams.delete('token')
    env.history.replaceState(env.history.state, '', url.pathname + url.search + url.hash)
    return fromUrl
  }
  return env.storage.getItem(storageKey)
}
