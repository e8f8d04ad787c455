import type { AppEvent } from '../shared/api'

type Listener = (event: AppEvent) => void

/** Fan-out of progress and change events to every connected window (IPC or server-sent events). */
export class EventBus {
  private listeners = new Set<Listener>()

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event)
      } catch {
        // A broken listener (closed window, dropped connection) must not stop the others.
      }
    }
  }
}
