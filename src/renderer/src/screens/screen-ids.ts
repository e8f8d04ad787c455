/** Every screen of the app, in navigation order. */
export const screenIds = ['corpus', 'mining', 'termbase', 'concordance', 'memory', 'qa', 'exchange', 'team'] as const
export type ScreenId = (typeof screenIds)[number]
