/** Every screen of the app, in navigation order. */
export const screenIds = ['corpus', 'mining', 'termbase', 'concordance', 'memory', 'exchange', 'team'] as const
export type ScreenId = (typeof screenIds)[number]
