import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { useTempHome } from '../helpers/temp-home'

export const CHROMIUM = '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)
export const SHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots')
const CLI_FILE = join(__dirname, '..', '..', 'out', 'main', 'cli.js')

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
  const cli = CLI_FILE
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

/** Stops a `shuyu serve` process and waits until it is gone (its workspace closed). */
export function stopServe(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null) return resolve()
    proc.removeAllListeners('exit')
    proc.once('exit', () => resolve())
    proc.kill('SIGTERM')
  })
}

export interface ServedApp {
  /** The throwaway SHUYU_HOME: its default workspace starts with the seeds. */
  readonly dir: string
  readonly browser: Browser
  /** The address `shuyu serve` printed (token included). */
  readonly url: string
  /** Runs the built CLI on the same workspace; returns its stdout. */
  cli(...args: string[]): string
  /** Stops and starts the server again on the same workspace, as a user restarting the app. */
  restart(): Promise<void>
}

/**
 * One browser and one `shuyu serve` on a fresh SHUYU_HOME for a describe block: `prepare` runs CLI
 * commands before the server starts. Registers its own beforeAll/afterAll.
 */
export function useServedApp(prepare?: (app: Pick<ServedApp, 'dir' | 'cli'>) => void): ServedApp {
  let home: ReturnType<typeof useTempHome> | undefined
  let browser: Browser | undefined
  let serve: { url: string; proc: ChildProcess } | undefined
  const env = () => ({ SHUYU_HOME: home!.dir })
  const app: ServedApp = {
    get dir() {
      return home!.dir
    },
    get browser() {
      return browser!
    },
    get url() {
      return serve!.url
    },
    cli: (...args) =>
      execFileSync(process.execPath, [CLI_FILE, ...args], { env: { ...process.env, ...env() } }).toString(),
    restart: async () => {
      if (serve) await stopServe(serve.proc)
      serve = await startServe(['--port', '0'], env())
    }
  }
  beforeAll(async () => {
    home = useTempHome()
    prepare?.(app)
    serve = await startServe(['--port', '0'], env())
    browser = await launchBrowser()
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    if (serve) await stopServe(serve.proc)
    home?.restore()
  })
  return app
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) })
