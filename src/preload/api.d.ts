import type { ApiClient } from '../shared/api'

declare global {
  interface Window {
    /** Present in the desktop app (preload); absent in browser mode, where the HTTP bridge is used. */
    api?: ApiClient
  }
}

export {}
