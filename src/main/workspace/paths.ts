import { homedir } from 'node:os'
import { dirname, join, posix, win32 } from 'node:path'

export const APP_NAME = 'Shuyu'
export const DEFAULT_WORKSPACE_NAME = 'workspace.shuyu.sqlite'

export interface PathEnv {
  env?: Record<string, string | undefined>
  platform?: string
  home?: string
}

/**
 * The folder Electron's `app.getPath('userData')` gives for an app named "Shuyu", computed
 * without Electron so the CLI and tests find the same workspace as the app. `SHUYU_HOME`
 * overrides it (tests, portable installs). Electron only matches this when the app's name is
 * "Shuyu" (productName or app.setName), not the lower-case package name.
 */
export function userDataDir(p: PathEnv = {}): string {
  const env = p.env ?? process.env
  const platform = p.platform ?? process.platform
  const home = p.home ?? homedir()
  if (env.SHUYU_HOME) return env.SHUYU_HOME
  if (platform === 'win32') return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', APP_NAME)
  // Like Electron (and the XDG spec): a relative XDG_CONFIG_HOME is ignored.
  const xdg = env.XDG_CONFIG_HOME
  const config = xdg && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.config')
  return posix.join(config, APP_NAME)
}

export function defaultWorkspaceFile(p: PathEnv = {}): string {
  const platform = p.platform ?? process.platform
  return (platform === 'win32' ? win32 : posix).join(userDataDir(p), DEFAULT_WORKSPACE_NAME)
}

/** Backups sit next to their workspace, so a workspace on a USB stick keeps its own. */
export function backupsDirFor(file: string): string {
  return join(dirname(file), 'backups')
}
