import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react'

import type { ScreenId } from '../screens/screen-ids'

/**
 * What a screen should open on arrival: a concept in the term base, a document in the corpus
 * (optionally at a segment, with the characters to mark in it).
 */
export interface NavTarget {
  conceptId?: number
  documentId?: number
  segmentId?: number
  highlight?: { start: number; end: number }
}

/**
 * Asked before the user leaves what is on screen: calls `proceed` at once (nothing to lose), later (once
 * the user saved or discarded their edits), or never (they chose to keep editing).
 */
export type LeaveGuard = (proceed: () => void) => void

export interface Navigation {
  /** Goes to another screen, once the current screen's leave guard (if any) lets it. */
  navigate(screen: ScreenId, target?: NavTarget): void
  /** The target of the last navigation, read once by the screen that mounts for it. */
  target: NavTarget | null
  /** Installs the current screen's leave guard; returns its removal. */
  setLeaveGuard(guard: LeaveGuard): () => void
}

const NavigationContext = createContext<Navigation>({
  navigate: () => undefined,
  target: null,
  setLeaveGuard: () => () => undefined
})

export function NavigationProvider({ value, children }: { value: Navigation; children: ReactNode }) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

/** Outside a provider (unit tests) navigation is a no-op rather than an error. */
export function useNavigation(): Navigation {
  return useContext(NavigationContext)
}

/** Holds the guard of the screen on display; a screen that unmounts takes its guard with it. */
export class LeaveGuardSlot {
  private guard: LeaveGuard | null = null

  /** Bound, so it can be handed out as it is (a stable function for effects). */
  readonly set = (guard: LeaveGuard): (() => void) => {
    this.guard = guard
    return () => {
      if (this.guard === guard) this.guard = null
    }
  }

  /** Runs `proceed` now when nothing guards the screen, else whenever (if ever) the guard allows. */
  readonly leave = (proceed: () => void): void => {
    if (this.guard) this.guard(proceed)
    else proceed()
  }
}

/**
 * Whether a navigation leaves what is on display: another screen, or a target to open on this one.
 * Re-selecting the current screen keeps it (and its editor) as it is: nothing to guard.
 */
export function leavesScreen(current: ScreenId, next: ScreenId, target?: NavTarget): boolean {
  return next !== current || target !== undefined
}

/**
 * The shell's navigation state. Moving to another screen (or to a target on this one) asks the current
 * screen's guard first, so unsaved edits are never dropped by a click in the sidebar.
 */
export function useNavigationState(initial: ScreenId): { screen: ScreenId; navigation: Navigation } {
  const [screen, setScreen] = useState<ScreenId>(initial)
  const [target, setTarget] = useState<NavTarget | null>(null)
  const [slot] = useState(() => new LeaveGuardSlot())
  const navigation = useMemo<Navigation>(
    () => ({
      target,
      navigate: (next, nextTarget) => {
        const go = () => {
          setTarget(nextTarget ?? null)
          setScreen(next)
        }
        if (leavesScreen(screen, next, nextTarget)) slot.leave(go)
        else go()
      },
      setLeaveGuard: slot.set
    }),
    [screen, target, slot]
  )
  return { screen, navigation }
}

/** Installs `guard` for as long as the calling screen is mounted (the latest function is always used). */
export function useLeaveGuard(guard: LeaveGuard): void {
  const { setLeaveGuard } = useNavigation()
  const latest = useRef(guard)
  latest.current = guard
  useEffect(() => setLeaveGuard((proceed) => latest.current(proceed)), [setLeaveGuard])
}
