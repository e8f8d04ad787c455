import { AppContext } from '../app-context'
import { seedsDir } from '../app-paths'
import { createHandlers, type Handlers } from '../handlers'

export interface CliServices {
  app: AppContext
  handlers: Handlers
}

/** `interactive`: a long-lived server (`shuyu serve`), whose main thread must never do long work. */
export async function openServices(db: string | undefined, interactive = false): Promise<CliServices> {
  const app = await AppContext.open({ db, seedsDir: seedsDir(), interactive })
  return { app, handlers: createHandlers(app) }
}
