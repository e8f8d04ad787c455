import { useCallback, useEffect } from 'react'
import { useTranslation } from 'react-i18next'

import type { HistoryEntry } from '../../../shared/models'
import { useApi } from '../api-context'
import { historyLabel } from '../lib/history-label'
import { type ToastAction, useFeedback } from './feedback'

/**
 * True when the key belongs to a text field: its own Ctrl+Z must undo typing, not the workspace. A
 * checkbox or radio button takes no typing: after ticking one with the mouse, shortcuts still apply.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as HTMLElement).tagName !== 'string') return false
  const element = target as HTMLElement
  const tag = element.tagName.toLowerCase()
  if (tag === 'input') return !['checkbox', 'radio'].includes((element as HTMLInputElement).type)
  return tag === 'textarea' || tag === 'select' || element.isContentEditable === true
}

/**
 * Workspace-wide undo and redo through the edit history, with a toast naming what changed. `undo(id)`
 * undoes that one change only while it is still the newest (the server refuses otherwise, saying which
 * later change is in the way): what an "Undo" button offered for one change must not undo another.
 */
export function useHistoryActions() {
  const api = useApi()
  const { t } = useTranslation()
  const { reportError, showToast } = useFeedback()
  const undo = useCallback(
    async (id?: number) => {
      try {
        const entry = await api.invoke('workspace/undo', id === undefined ? {} : { id })
        showToast({
          message: entry ? t('history.undone', { label: historyLabel(entry, t) }) : t('history.nothingToUndo')
        })
        return entry
      } catch (error) {
        reportError(error)
        return null
      }
    },
    [api, reportError, showToast, t]
  )
  /**
   * After a change: a toast whose "Undo" undoes exactly that change. The change's history entry is the
   * newest one right after it was written; its id is read now, not when the button is pressed, so a
   * later change (in this window or another) is never undone in its place.
   */
  const undoToast = useCallback(
    async (message: string, afterUndo?: (entry: HistoryEntry) => void, secondAction?: ToastAction) => {
      let id: number | undefined
      try {
        id = (await api.invoke('workspace/history', { limit: 1 }))[0]?.id
      } catch {
        id = undefined
      }
      showToast({
        message,
        action: {
          label: t('common.undo'),
          run: () =>
            void undo(id).then((entry) => {
              if (entry) afterUndo?.(entry)
            })
        },
        secondAction
      })
    },
    [api, showToast, t, undo]
  )
  const redo = useCallback(async () => {
    try {
      const entry = await api.invoke('workspace/redo', {})
      showToast({
        message: entry ? t('history.redone', { label: historyLabel(entry, t) }) : t('history.nothingToRedo')
      })
      return entry
    } catch (error) {
      reportError(error)
      return null
    }
  }, [api, reportError, showToast, t])
  return { undo, redo, undoToast }
}

/** Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) anywhere in the app, outside text fields. */
export function UndoShortcuts() {
  const { undo, redo } = useHistoryActions()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTypingTarget(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault()
        void undo()
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault()
        void redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo])
  return null
}
