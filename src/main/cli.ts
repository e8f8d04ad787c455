import { runCli } from './cli/run-cli'

// `shuyu` entry point (built to out/main/cli.js, launched by bin/shuyu.cjs).

// `shuyu mine --limit 0 | head`: the reader went away and wants no more; that is an end, not a failure.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
}
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`shuyu: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exitCode = 1
  }
)
