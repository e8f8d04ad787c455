/**
 * Notes beside a workspace naming who holds its write lock for a long job, so whoever has to wait
 * (another CLI import, a browser edit) can say which process and what it is doing instead of a bare
 * "database is locked". SQLite cannot tell: the lock is anonymous. One file per holder,
 * `<workspace>.writer-<pid>-<nonce>` (JSON: pid, label, since), created after the lock is taken and
 * removed before it is released; a note whose process is gone (kill -9) is ignored and removed.
 */
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

import type { WriteHolder } from '../../shared/api'
import { processAlive } from '../disk/process-alive'

const PREFIX = '.writer-'

let processLabel = ''

/** What this process is, for the notes: "shuyu import big.tmx", "shuyu serve", "the Shuyu app". */
export function setProcessLabel(label: string): void {
  processLabel = label
}

export function getProcessLabel(): string {
  return processLabel
}

/** Leaves a note for this process; returns the function that removes it. Best effort: a read-only folder has none. */
export function leaveWriterNote(workspaceFile: string, what: string): () => void {
  const file = `${workspaceFile}${PREFIX}${process.pid}-${randomBytes(4).toString('hex')}`
  const label = processLabel ? `${processLabel}: ${what}` : what
  try {
    writeFileSync(file, JSON.stringify({ pid: process.pid, label, since: new Date().toISOString() }))
  } catch {
    return () => {}
  }
  return () => rmSync(file, { force: true })
}

/** The holder a live note names (the oldest, when several), or null. */
export function currentWriter(workspaceFile: string): WriteHolder | null {
  const dir = dirname(workspaceFile)
  const stem = basename(workspaceFile) + PREFIX
  let names: string[]
  try {
    names = readdirSync(dir).filter((name) => name.startsWith(stem))
  } catch {
    return null
  }
  let found: WriteHolder | null = null
  for (const name of names) {
    const path = join(dir, name)
    let note: { pid?: unknown; label?: unknown; since?: unknown }
    try {
      note = JSON.parse(readFileSync(path, 'utf8')) as typeof note
    } catch {
      continue // being written, or not ours
    }
    const pid = typeof note.pid === 'number' ? note.pid : -1
    if (!processAlive(pid)) {
      rmSync(path, { force: true })
      continue
    }
    const holder: WriteHolder = {
      pid,
      label: typeof note.label === 'string' ? note.label : '',
      since: typeof note.since === 'string' ? note.since : '',
      self: pid === process.pid
    }
    if (!found || holder.since < found.since) found = holder
  }
  return found
}

/** "process 1234 (shuyu import big.tmx, since 10:32:05)", for messages in English (CLI, logs). */
export function describeHolder(holder: WriteHolder | null): string {
  if (!holder) return 'another program'
  const since = holder.since ? `, since ${holder.since.slice(11, 19)}` : ''
  const what = holder.label ? `${holder.label}${since}` : since.slice(2)
  if (holder.self) return `this Shuyu (${what})`
  return `process ${holder.pid}${what ? ` (${what})` : ''}`
}
