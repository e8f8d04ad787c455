import './files.css'

import { UploadIcon } from '../icons'

/** Shown over a screen while files are held over it (useFileDrop's `dragging`). */
export function DropOverlay({ text }: { text: string }) {
  return (
    <div className="drop-overlay" aria-hidden="true" data-testid="drop-overlay">
      <div className="drop-card">
        <UploadIcon />
        <span>{text}</span>
      </div>
    </div>
  )
}
