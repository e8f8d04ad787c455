import { runCli } from './cli/run-cli'

// `shuyu` entry point (built to out/main/cli.js, launched by bin/shuyu.cjs).
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`shuyu: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exitCode = 1
  }
)
