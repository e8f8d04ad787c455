import type { ChangedArea } from '../../../../shared/vocabulary'

/**
 * The change events after which the term base reloads what it shows (besides every undo and redo): the
 * term base itself (here or in another window), another workspace opened, a candidate accepted or merged.
 */
export const conceptChanges: readonly ChangedArea[] = ['termbase', 'workspace', 'mining']
