import { AppContext } from '../app-context'
import { seedsDir } from '../app-paths'
import { createHandlers, type Handlers } from '../handlers'

export interface CliServices {
  app: AppContext
  handlers: Handlers
}

export async function openServices(db: string | undefined): Promise<CliServices> {
  const app = await AppContext.open({ db, seedsDir: seedsDir() })
  return { app, handlers: createHandlers(app) }
}
