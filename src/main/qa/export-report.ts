/** `qa/export`: a report kept by report-store.ts as CSV or HTML text, dismissals as they stand now. */
import { reportCsv, reportHtml } from '../../core/qa'
import type { QaExportArg, QaExportResult } from '../../shared/api/qa'
import { ApiError } from '../api-error'
import type { Db } from '../db/open-database'
import { dismissalsOf } from './dismissals-repo'
import { storedReport } from './report-store'

export function exportReport(db: Db, arg: QaExportArg): QaExportResult {
  const report = storedReport(arg.reportId)
  if (!report) {
    throw new ApiError('not-found', 'This QA report is no longer kept: run the check again to export it', {
      key: 'qa.reportGone'
    })
  }
  const dismissed = dismissalsOf(db, report.file)
  const findings = report.findings
    .map((f) => ({ ...f, dismissed: dismissed(f) }))
    .filter((f) => arg.includeDismissed || !f.dismissed)
  const lang = arg.lang ?? 'en'
  const stem = report.file.replace(/\.[^.]+$/, '') || 'report'
  return arg.format === 'csv'
    ? { fileName: `${stem}.qa.csv`, mimeType: 'text/csv;charset=utf-8', content: reportCsv(report, findings, lang) }
    : { fileName: `${stem}.qa.html`, mimeType: 'text/html;charset=utf-8', content: reportHtml(report, findings, lang) }
}
