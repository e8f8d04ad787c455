import { runServerCli } from './cli'

// The team server program (built to out/main/team-server.js): bin/shuyu.cjs runs it for `shuyu team server …`
// and `shuyu team user …`, passing the arguments after `team`.
runServerCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`shuyu team: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exitCode = 1
  }
)
