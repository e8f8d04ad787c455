// One team server instance as its own process, for the team benchmark: prints its URL, serves until killed.
import { startTeamServer } from '../../src/server/server'

startTeamServer({ pg: process.argv[2], port: 0, poolSize: 10 }).then(
  (server) => process.stdout.write(`${server.url}\n`),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`)
    process.exit(1)
  }
)
