import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)
export const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots')

export function launchBrowser(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run'
    ]
  })
}

/** Starts `shuyu serve` from the build and resolves with the URL it prints. */
export function startServe(args: string[], env: NodeJS.ProcessEnv): Promise<{ url: string; proc: ChildProcess }> {
  const cli = join(__dirname, '..', '..', 'out', 'main', 'cli.js')
  if (!existsSync(cli)) throw new Error('out/main/cli.js missing: `npm test` builds before testing')
  const proc = spawn(process.execPath, [cli, 'serve', ...args], { env: { ...process.env, ...env } })
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`serve did not print a URL: ${out} ${err}`)), 30_000)
    proc.stderr?.on('data', (d) => (err += String(d)))
    proc.stdout?.on('data', (d) => {
      out += String(d)
      const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'))
      if (line) {
        clearTimeout(timer)
        resolve({ url: line.trim(), proc })
      }
    })
    proc.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)))
  })
}
