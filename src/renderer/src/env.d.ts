/// <reference types="vite/client" />
import type { ApiArg, ApiName, ApiResult, AppEvent } from '../../shared/api'

/**
 * What the Electron preload exposes. Declared here until src/preload/api.d.ts exists; it is
 * optional because the same bundle also runs in a plain browser (web bridge mode).
 */
export interface PreloadApi {
  invoke<K extends ApiName>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>>
  onEvent(listener: (event: AppEvent) => void): () => void
}

declare global {
  interface Window {
    api?: PreloadApi
  }
}
