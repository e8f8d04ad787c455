/** The three answers to "Unsaved changes": save then go on, drop the edits and go on, or stay. */
export type LeaveChoice = 'save' | 'discard' | 'keep'

export interface UnsavedGuardOptions {
  /** Whether the editor holds edits that would be lost. */
  isDirty: () => boolean
  /** Saves the draft; false when nothing was saved (a duplicate to confirm, an error): then we stay. */
  save: () => Promise<boolean>
  /** Shows (true) or hides (false) the question. */
  onAsking: (asking: boolean) => void
}

/**
 * Stands between an editor and every way of leaving it (another concept, a new one, another screen, a
 * duplicate's concept). Clean: the way out is taken at once. Dirty: it waits for the user's answer.
 * No React in here, so the rules are unit-tested without a DOM.
 */
export class UnsavedGuard {
  private pending: { proceed: () => void; save: () => Promise<boolean> } | null = null

  constructor(private readonly options: UnsavedGuardOptions) {}

  /** Asks before `proceed` when there are edits; `save` replaces the usual save for this one answer. */
  readonly request = (proceed: () => void, save?: () => Promise<boolean>): void => {
    if (!this.options.isDirty()) return proceed()
    // A second way out while the question is up replaces the first: the latest click is what was meant.
    this.pending = { proceed, save: save ?? this.options.save }
    this.options.onAsking(true)
  }

  get asking(): boolean {
    return this.pending !== null
  }

  /** Settles the question; resolves true when the way out was taken. */
  readonly answer = async (choice: LeaveChoice): Promise<boolean> => {
    const pending = this.pending
    this.pending = null
    this.options.onAsking(false)
    if (!pending || choice === 'keep') return false
    if (choice === 'save' && !(await pending.save())) return false
    pending.proceed()
    return true
  }
}
