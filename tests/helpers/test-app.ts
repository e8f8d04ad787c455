import { join } from 'node:path'

import { AppContext } from '../../src/main/app-context'
import { seedsDir } from '../../src/main/app-paths'
import { dispatch } from '../../src/main/dispatch'
import { createHandlers } from '../../src/main/handlers'
import type { ApiArg, ApiName, ApiResult } from '../../src/shared/api'
import { useTempHome } from './temp-home'

/** An app on a throwaway workspace, called through the same dispatcher as every transport. */
export async function openTestApp(file = 'ws.sqlite') {
  const home = useTempHome()
  let app = await AppContext.open({ db: join(home.dir, file), seedsDir: seedsDir() })
  let handlers = createHandlers(app)
  const call = async <K extends ApiName>(name: K, arg: ApiArg<K>): Promise<ApiResult<K>> => {
    const r = await dispatch(app, handlers, name, arg)
    if (!r.ok)
      throw Object.assign(new Error(r.error.message), { code: r.error.code, key: r.error.key, params: r.error.params })
    return r.result as ApiResult<K>
  }
  return {
    home,
    call,
    get app() {
      return app
    },
    /** Closes and reopens the workspace, as a restart of the app would. */
    async reopen() {
      app.close()
      app = await AppContext.open({ db: join(home.dir, file), seedsDir: seedsDir() })
      handlers = createHandlers(app)
    },
    close() {
      app.close()
      home.restore()
    }
  }
}
