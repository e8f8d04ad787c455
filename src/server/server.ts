import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createPool, type Pool } from './db'
import { createRequestHandler, VerifiedTokens } from './http'
import { migratePg } from './migrate'

export const DEFAULT_PORT = 8470

export interface TeamServerOptions {
  /** PostgreSQL connection URL. */
  pg: string
  port?: number
  host?: string
  /** true / false: store this moderation setting for the team; undefined: keep the stored one. */
  moderated?: boolean
  /** Stores this name for the team (shown to members when they join). */
  name?: string
  /** Database connections of this instance. */
  poolSize?: number
}

export interface RunningTeamServer {
  url: string
  moderated: boolean
  server: Server
  pool: Pool
  close(): Promise<void>
}

/**
 * Starts one instance: migrates the database (refusing a newer schema), then serves. Instances share
 * nothing but the database, so any number may run behind a load balancer.
 */
export async function startTeamServer(opts: TeamServerOptions): Promise<RunningTeamServer> {
  const pool = createPool(opts.pg, { max: opts.poolSize })
  try {
    await migratePg(pool)
    if (opts.moderated !== undefined) await pool.query('UPDATE team SET moderated = $1', [opts.moderated])
    if (opts.name !== undefined) await pool.query('UPDATE team SET name = $1', [opts.name])
    const moderated = (await pool.query('SELECT moderated FROM team')).rows[0].moderated as boolean
    const server = createServer(createRequestHandler({ pool, verified: new VerifiedTokens() }))
    server.keepAliveTimeout = 30_000
    const host = opts.host ?? '127.0.0.1'
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(opts.port ?? DEFAULT_PORT, host, () => resolve())
    })
    const { port } = server.address() as AddressInfo
    const shown = host.includes(':') ? `[${host}]` : host
    return {
      url: `http://${shown}:${port}/`,
      moderated,
      server,
      pool,
      close: async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        await pool.end()
      }
    }
  } catch (error) {
    await pool.end().catch(() => {})
    throw error
  }
}
