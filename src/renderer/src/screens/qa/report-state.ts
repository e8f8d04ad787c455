import type { QaReport } from '../../../../shared/api/qa'

/** The report after a finding was marked "not an error" (or marked an error again): counts follow. */
export function withDismissed(report: QaReport, key: string, dismissed: boolean): QaReport {
  const finding = report.findings.find((f) => f.key === key)
  if (!finding || finding.dismissed === dismissed) return report
  const step = dismissed ? 1 : -1
  return {
    ...report,
    findings: report.findings.map((f) => (f.key === key ? { ...f, dismissed } : f)),
    counts: { ...report.counts, [finding.check]: report.counts[finding.check] - step },
    dismissed: report.dismissed + step
  }
}

/** Saves text as a file through the browser's download (Electron asks where to save it). */
export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
