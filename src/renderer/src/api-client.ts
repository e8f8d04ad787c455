import type { ApiClient } from '../../shared/api'
import { toApiError } from './lib/api-error'
import { createHttpClient } from './lib/http-client'
import { takeSessionToken } from './lib/session-token'

export { ApiError, describeError } from './lib/api-error'

/** Electron transport: the preload bridge, with every rejection normalised to an ApiError. */
function fromPreload(api: ApiClient): ApiClient {
  return {
    shell: 'desktop',
    invoke: (name, arg) =>
      api.invoke(name, arg).catch((error: unknown) => {
        throw toApiError(error)
      }),
    onEvent: (listener) => api.onEvent(listener)
  }
}

/** The one client the UI uses: Electron's preload when present, else the HTTP web bridge. */
export function createApiClient(): ApiClient {
  if (window.api) return fromPreload(window.api)
  const token = takeSessionToken({ location: window.location, storage: sessionStorage, history: window.history })
  return createHttpClient({
    token,
    fetch: (input, init) => window.fetch(input, init),
    openEvents: (url) => new EventSource(url)
  })
}
