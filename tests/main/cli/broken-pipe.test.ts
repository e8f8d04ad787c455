import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

const CLI = join(__dirname, '..', '..', '..', 'out', 'main', 'cli.js')

// `shuyu … | head -2`: when the reader stops reading, the CLI ends quietly (it printed a stack trace of an
// unhandled EPIPE and exited 1). The built CLI is what a user runs; `npm test` builds it first.
describe('the CLI whose reader goes away', () => {
  it.runIf(existsSync(CLI))('exits 0 without a stack trace when stdout is closed early', () => {
    const home = mkdtempSync(join(tmpdir(), 'shuyu-pipe-'))
    try {
      // More than a pipe's buffer (64 KiB) of output, so the CLI is still writing when `head` has gone.
      const text = join(home, 'long.txt')
      const sentence = 'We will deepen reform and opening up and pursue high-quality development in every region. '
      writeFileSync(text, Array.from({ length: 600 }, (_, i) => `${sentence.repeat(3)}Paragraph ${i}.`).join('\n\n'))
      const env = { ...process.env, SHUYU_HOME: home }
      const imported = spawnSync(process.execPath, [CLI, 'import', text], { env, encoding: 'utf8' })
      expect(imported.status).toBe(0)
      const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" search reform --limit 500 | head -c 1`], {
        env,
        encoding: 'utf8'
      })
      const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" search reform --limit 500 | head -1`], {
        env,
        encoding: 'utf8'
      })
      expect(run.stderr + piped.stderr).not.toMatch(/EPIPE|Unhandled/)
      expect(piped.stdout.split('\n')[0]).toMatch(/^doc\t/)
    } finally {
      rmSync(home, { recursive: true, force: true })
    }
  })
})
