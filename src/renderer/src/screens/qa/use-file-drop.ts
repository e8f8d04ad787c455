import { type DragEvent, useRef, useState } from 'react'

/** Only drags that carry files light up the drop zone (not text selected on the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/** Drop handlers for a screen that takes one file; `dragging` while a file is held over it. */
export function useFileDrop(onFile: (file: File) => void, disabled: boolean) {
  const [dragging, setDragging] = useState(false)
  const depth = useRef(0)
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
      event.preventDefault()
      depth.current = 0
      setDragging(false)
      const file = event.dataTransfer.files?.[0]
      if (file && !disabled) onFile(file)
    }
  }
  return { dragging, handlers }
}
