import { createContext, useContext, type ReactNode } from 'react'
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

export interface Navigation {
  navigate(screen: ScreenId, target?: NavTarget): void
  /** The target of the last navigation, read once by the screen that mounts for it. */
  target: NavTarget | null
}

const NavigationContext = createContext<Navigation>({ navigate: () => undefined, target: null })

export function NavigationProvider({ value, children }: { value: Navigation; children: ReactNode }) {
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>
}

/** Outside a provider (unit tests) navigation is a no-op rather than an error. */
export function useNavigation(): Navigation {
  return useContext(NavigationContext)
}
