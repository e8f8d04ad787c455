/**
 * Findings marked "not an error", per file (table qa_dismissals, migration 012). A finding is named by its
 * unit, check, source term and what was found (shared/api/qa.ts QaFinding).
 */
import type { QaFinding } from '../../shared/api/qa'
import type { Db } from '../db/open-database'
import { stmt } from '../db/statement-cache'

type FindingName = Pick<QaFinding, 'unit' | 'check' | 'term' | 'found'>

const nameKey = (f: FindingName): string => [f.unit, f.check, f.term, f.found].join('\u001f')

export function setDismissed(db: Db, file: string, finding: FindingName, dismissed: boolean): void {
  if (dismissed) {
    stmt(
      db,
      `INSERT INTO qa_dismissals (file, unit, check_name, term, found, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO NOTHING`
    ).run(file, finding.unit, finding.check, finding.term, finding.found, new Date().toISOString())
  } else {
    stmt(db, 'DELETE FROM qa_dismissals WHERE file = ? AND unit = ? AND check_name = ? AND term = ? AND found = ?').run(
      file,
      finding.unit,
      finding.check,
      finding.term,
      finding.found
    )
  }
}

/** The file's dismissals, as a test on findings. */
export function dismissalsOf(db: Db, file: string): (finding: FindingName) => boolean {
  const rows = stmt(db, 'SELECT unit, check_name AS "check", term, found FROM qa_dismissals WHERE file = ?').all(
    file
  ) as FindingName[]
  if (rows.length === 0) return () => false
  const keys = new Set(rows.map(nameKey))
  return (finding) => keys.has(nameKey(finding))
}
