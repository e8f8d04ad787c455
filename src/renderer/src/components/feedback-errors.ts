/**
 * The banners' errors by scope (#15 §3): each panel (FeedbackScope) keeps its own, at most `max`, without
 * repeating one it shows already; the error itself is kept so it is described (translated) when rendered.
 */
export interface BannerError {
  id: number
  error: unknown
  scope: string | null
}

export function withError(
  current: BannerError[],
  added: BannerError,
  describe: (error: unknown) => string,
  max: number
): BannerError[] {
  const text = describe(added.error)
  if (current.some((each) => each.scope === added.scope && describe(each.error) === text)) return current
  const mine = [...current.filter((each) => each.scope === added.scope), added]
  return [...current.filter((each) => each.scope !== added.scope), ...mine.slice(-max)]
}

export function withoutScope(current: BannerError[], scope: string): BannerError[] {
  return current.some((each) => each.scope === scope) ? current.filter((each) => each.scope !== scope) : current
}
