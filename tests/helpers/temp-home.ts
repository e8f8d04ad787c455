import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A throwaway SHUYU_HOME so tests never touch the real user-data folder. */
export function useTempHome(): { dir: string; restore(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'shuyu-test-'))
  const previous = process.env.SHUYU_HOME
  process.env.SHUYU_HOME = dir
  return {
    dir,
    restore() {
      if (previous === undefined) delete process.env.SHUYU_HOME
      else process.env.SHUYU_HOME = previous
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** Collects what a CLI run writes. */
export function captureIO(): { out: string; err: string; io: { out(t: string): void; err(t: string): void } } {
  const cap = {
    out: '',
    err: '',
    io: {
      out: (t: string) => {
        cap.out += t
      },
      err: (t: string) => {
        cap.err += t
      }
    }
  }
  return cap
}
