import { useEffect, useRef, useState } from 'react'

import type { LeaveGuard } from '../../components/navigation'
import { UnsavedGuard } from './unsaved-guard'

/**
 * Every way out of a dirty editor asks first: the screen's (another concept, a new one, another screen,
 * through `leaveGuard`) and the editor's own (a duplicate's concept); closing the window asks too. Ctrl+S saves.
 */
export function useEditorGuard(options: {
  dirty: boolean
  save: (allowDuplicates?: boolean) => Promise<boolean>
  leaveGuard: { current: LeaveGuard | null }
}) {
  const { dirty, save, leaveGuard } = options
  const [asking, setAsking] = useState(false)
  // The guard lives as long as the editor; it reads the latest state and save through refs.
  const dirtyRef = useRef(dirty)
  dirtyRef.current = dirty
  const saveRef = useRef(save)
  saveRef.current = save
  const [guard] = useState(
    () =>
      new UnsavedGuard({
        isDirty: () => dirtyRef.current,
        save: () => saveRef.current(),
        onAsking: setAsking
      })
  )
  useEffect(() => {
    leaveGuard.current = guard.request
    return () => {
      if (leaveGuard.current === guard.request) leaveGuard.current = null
    }
  }, [guard, leaveGuard])

  // Closing or reloading the window with edits: the browser (or Electron's main process) asks too.
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      // Older Chromium shows its prompt only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault()
        void save()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [save])

  /** The latest save, for an answer given later than the question was asked. */
  const saveLatest = (allowDuplicates?: boolean) => saveRef.current(allowDuplicates)
  return { guard, asking, saveLatest }
}
