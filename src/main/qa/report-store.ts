/**
 * The last reports of this process, by id, for `qa/export` (the window asks for a file of a report it
 * shows). A few are kept: a report holds up to DEFAULT_LIMIT findings with their units' text.
 */
import { randomUUID } from 'node:crypto'

import type { QaReport } from '../../shared/api/qa'

const KEEP = 4
const reports = new Map<string, QaReport>()

export function newReportId(): string {
  return randomUUID()
}

export function storeReport(report: QaReport): void {
  reports.set(report.reportId, report)
  while (reports.size > KEEP) reports.delete(reports.keys().next().value as string)
}

export function storedReport(id: string): QaReport | undefined {
  return reports.get(id)
}
