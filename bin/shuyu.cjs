#!/usr/bin/env node
// Launcher for the `shuyu` command: runs the built CLI (npm install builds it through `prepare`).
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const cli = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(cli)) {
  process.stderr.write('shuyu: the CLI is not built yet; run `npm run build` in ' + join(__dirname, '..') + '\n')
  process.exit(1)
}
require(cli)
