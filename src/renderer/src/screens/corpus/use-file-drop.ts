import { type DragEvent, useRef, useState } from 'react'

/** Only drags that carry files light up the drop zone (not text selected on the page). */
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/** Drag-and-drop of files onto an element: whether files hover over it, and its handlers. */
export function useFileDrop(onFiles: (files: FileList | null) => void) {
  const [dragging, setDragging] = useState(false)
  const dragDepth = useRef(0)
  const handlers = {
    onDragEnter: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      dragDepth.current++
      setDragging(true)
    },
    onDragOver: (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    },
    onDragLeave: () => {
      dragDepth.current = Math.max(0, dragDepth.current - 1)
      if (dragDepth.current === 0) setDragging(false)
    },
    onDrop: (event: DragEvent) => {
      event.preventDefault()
      dragDepth.current = 0
      setDragging(false)
      onFiles(event.dataTransfer.files)
    }
  }
  return { dragging, handlers }
}
