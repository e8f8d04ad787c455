-- Terminology QA (#19): findings a translator marked "not an error". Remembered per file, by the file's name
-- (a file uploaded in browser mode has no path), so the next check of the same file shows them as dismissed
-- instead of flagging them again. A finding is named by its unit, check, source term and what was found:
-- once the translator changes what the target holds there, the dismissal no longer applies.
CREATE TABLE qa_dismissals (
  file       TEXT NOT NULL,
  unit       TEXT NOT NULL,
  check_name TEXT NOT NULL CHECK (check_name IN ('missing', 'forbidden', 'deprecated', 'inconsistent', 'number')),
  term       TEXT NOT NULL,
  found      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (file, unit, check_name, term, found)
) STRICT, WITHOUT ROWID;
