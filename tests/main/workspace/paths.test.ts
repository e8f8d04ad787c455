import { describe, expect, it } from 'vitest'

import { backupsDirFor, defaultWorkspaceFile, userDataDir } from '../../../src/main/workspace/paths'

describe('userDataDir', () => {
  it('matches Electron userData for an app named Shuyu on each platform', () => {
    expect(userDataDir({ env: {}, platform: 'linux', home: '/home/li' })).toBe('/home/li/.config/Shuyu')
    expect(userDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/home/li' })).toBe('/cfg/Shuyu')
    expect(userDataDir({ env: { XDG_CONFIG_HOME: 'rel' }, platform: 'linux', home: '/home/li' })).toBe(
      '/home/li/.config/Shuyu'
    )
    expect(userDataDir({ env: {}, platform: 'darwin', home: '/Users/li' })).toBe(
      '/Users/li/Library/Application Support/Shuyu'
    )
    expect(
      userDataDir({ env: { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\li' })
    ).toBe('C:\\Users\\li\\AppData\\Roaming\\Shuyu')
  })

  it('lets SHUYU_HOME override the platform folder', () => {
    expect(userDataDir({ env: { SHUYU_HOME: '/tmp/x', XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/h' })).toBe(
      '/tmp/x'
    )
  })

  it('puts the default workspace in userData and backups next to any workspace', () => {
    expect(defaultWorkspaceFile({ env: {}, platform: 'linux', home: '/home/li' })).toBe(
      '/home/li/.config/Shuyu/workspace.shuyu.sqlite'
    )
    expect(backupsDirFor('/data/projects/a.sqlite')).toBe('/data/projects/backups')
  })
})
