import type { ApiName } from '../shared/api'

/**
 * How each operation touches the workspace, which decides how dispatch() runs it on the main thread:
 * - read: at once (WAL readers see the last commit, whatever a job is writing);
 * - write: a short edit, through the write gate (jobs/write-gate.ts): in its own transaction, queued
 *   while a job or another process holds the write lock, never failing with "database is locked";
 * - job: the handler hands the work to the job runner (a worker thread with its own connection);
 * - switch: replaces the connection (another workspace, a restore): refused while a job runs.
 * A new operation must be classified here: a missing key is a compile error.
 */
export type Access = 'read' | 'write' | 'job' | 'switch'

export const ACCESS: Record<ApiName, Access> = {
  'corpus/import': 'job',
  'corpus/upload': 'job',
  'corpus/list': 'read',
  'corpus/get': 'read',
  'corpus/segments': 'read',
  'corpus/locate': 'read',
  'corpus/delete': 'write',
  'workspace/info': 'read',
  'workspace/open': 'switch',
  'workspace/backup': 'read',
  'workspace/backups': 'read',
  'workspace/restore': 'switch',
  'workspace/getSetting': 'read',
  'workspace/setSetting': 'write',
  'workspace/history': 'read',
  'workspace/undo': 'write',
  'workspace/redo': 'write',
  'workspace/cancelJob': 'read',
  'workspace/pickFile': 'read',
  'workspace/showInFolder': 'read',
  'workspace/upload': 'read',
  'workspace/saveTarget': 'read',
  'mining/run': 'job',
  'mining/candidates': 'read',
  'mining/contexts': 'read',
  'mining/equivalents': 'read',
  'mining/accept': 'write',
  'mining/reject': 'write',
  'mining/skip': 'write',
  'mining/merge': 'write',
  'mining/edit': 'write',
  'termbase/get': 'read',
  'termbase/save': 'write',
  'termbase/merge': 'write',
  'termbase/delete': 'write',
  'termbase/search': 'read',
  'termbase/bulkEdit': 'write',
  'termbase/addExample': 'write',
  'termbase/removeExample': 'write',
  'termbase/usage': 'read',
  'termbase/contexts': 'read',
  'termbase/collocations': 'read',
  'termbase/addCollocation': 'write',
  'termbase/removeCollocation': 'write',
  'exchange/export': 'job',
  'exchange/preview': 'job',
  'exchange/import': 'job',
  'memory/list': 'read',
  'memory/add': 'write',
  'memory/update': 'write',
  'memory/delete': 'write',
  'memory/match': 'read',
  'memory/recognise': 'read',
  'memory/align': 'job',
  'memory/saveAlignment': 'write',
  'memory/suggest': 'read',
  'concordance/search': 'read',
  'concordance/collocates': 'read',
  'concordance/rebuild': 'job',
  // QA reads the file and the term base (WAL snapshot); it writes nothing but dismissals.
  'qa/run': 'job',
  'qa/dismiss': 'write',
  'qa/export': 'read',
  // Team calls that talk to the server run outside the gate, like jobs: an edit's transaction must never be
  // held open across network I/O; they write in short transactions of their own between requests.
  'team/status': 'read',
  'team/join': 'job',
  'team/sync': 'job',
  'team/conflicts': 'read',
  'team/resolve': 'write',
  'team/suggestions': 'read',
  'team/approve': 'job',
  'team/reject': 'job',
  'team/history': 'read'
}
