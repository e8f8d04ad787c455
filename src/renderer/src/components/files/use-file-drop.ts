import { type DragEvent, useRef, useState } from 'react'

import type { PickedFile } from './picked-files'

/** Only drags that carry files light up the drop zone (not text selected on the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/**
 * Drop handlers for a whole screen: `dragging` while files are held over it; dropped files reach `onFiles`
 * (all of them, or the first only when `multiple` is false). Nothing happens while `disabled`.
 */
export function useFileDrop(
  onFiles: (files: PickedFile[]) => void,
  options: { disabled?: boolean; multiple?: boolean } = {}
) {
  const [dragging, setDragging] = useState(false)
  const depth = useRef(0)
  const { disabled = false, multiple = true } = options
  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (!carriesFiles(event) || disabled) return
      event.preventDefault()
      depth.current++
      setDragging(true)
    },
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event) || disabled) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    },
    onDragLeave: () => {
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setDragging(false)
    },
    onDrop: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth.current = 0
      setDragging(false)
      if (disabled) return
      const files = Array.from(event.dataTransfer.files ?? []).map((file) => ({ name: file.name, file }))
      if (files.length > 0) onFiles(multiple ? files : files.slice(0, 1))
    }
  }
  return { dragging, handlers }
}
