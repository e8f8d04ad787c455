// The only bridge between the window and Node: one generic, typed invoke over a single IPC channel.
import { contextBridge, ipcRenderer } from 'electron'

import type { ApiClient, AppEvent } from '../shared/api'

const api: ApiClient = {
  invoke: async (name, arg) => {
    const response = (await ipcRenderer.invoke('api', name, arg)) as
      { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } }
    if (!response.ok) throw Object.assign(new Error(response.error.message), { payload: response.error })
    return response.result as never
  },
  onEvent: (listener) => {
    const handler = (_event: unknown, payload: AppEvent) => listener(payload)
    ipcRenderer.on('api:event', handler)
    return () => ipcRenderer.removeListener('api:event', handler)
  }
}

contextBridge.exposeInMainWorld('api', api)
