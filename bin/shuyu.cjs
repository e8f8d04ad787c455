#!/usr/bin/env node
// Launcher for the `shuyu` command: runs the built CLI (npm install builds it through `prepare`).
const { existsSync } = require('node:fs')
const { join } = require('node:path')

// `shuyu team server …` and `shuyu team user …` are the team server program (src/server: PostgreSQL, no SQLite,
// no Electron); every other command is the workspace CLI.
const args = process.argv.slice(2)
const teamServer = args[0] === 'team' && (args[1] === 'server' || args[1] === 'user')
const cli = join(__dirname, '..', 'out', 'main', teamServer ? 'team-server.js' : 'cli.js')
if (teamServer) process.argv.splice(2, 1)
if (!existsSync(cli)) {
  process.stderr.write('shuyu: the CLI is not built yet; run `npm run build` in ' + join(__dirname, '..') + '\n')
  process.exit(1)
}
require(cli)
