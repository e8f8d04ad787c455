/**
 * How an exchange file's parse runs in a worker thread (jobs/parse-exchange-job.ts) while the import
 * (import-run.ts) writes what it has parsed so far: on two cores the XML parse and the SQLite inserts,
 * about equal halves of a TBX import, overlap instead of adding up.
 *
 * The import reads the worker's messages *synchronously* (receiveMessageOnPort, blocking with
 * Atomics.wait on a shared counter) because its transaction must never yield to the event loop: no other
 * request may run on the connection half-way. Flow control is two shared counters: batches posted and
 * batches taken; the worker waits when it is more than AHEAD batches ahead, so memory stays flat.
 */

import type { MessagePort } from 'node:worker_threads'

/** Slots of the shared Int32Array. */
export const POSTED = 0
export const TAKEN = 1
/** Bumped by the worker for every chunk of the file it reads: proof of life while a batch is long. */
export const HEARTBEAT = 2
export const CONTROL_SLOTS = 3

/** Entries per batch, and batches the worker may run ahead of the import. */
export const BATCH = 256
export const AHEAD = 16

export interface ParseJobData {
  kind: 'exchange-parse'
  format: 'tbx' | 'tmx'
  path: string
  /** The name errors and warnings carry. */
  file: string
  control: SharedArrayBuffer
  port: MessagePort
}

export interface FormatErrorFields {
  file: string
  line: number
  column: number
  reason: string
  /** The translatable reason (see FormatError), when the parser gave one. */
  key?: string
  params?: Record<string, string | number>
}

export type ParseMessage =
  | { type: 'batch'; items: unknown[]; warnings: { file: string; line?: number; message: string }[] }
  | { type: 'end' }
  | {
      type: 'error'
      message: string
      format?: FormatErrorFields
      api?: { code: string; details: Record<string, unknown> }
    }
