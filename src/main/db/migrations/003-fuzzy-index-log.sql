-- Fuzzy-match index bookkeeping (schema v3). The index itself is a binary snapshot beside the
-- workspace (src/main/memory/fuzzy-snapshot.ts): posting lists in SQLite rows were measured too slow
-- to fill (20 million (key, unit) rows took over 4 minutes), a typed-array snapshot reloads in well
-- under a second. The workspace keeps what the snapshot needs to catch up:
--  * new units are those with an id above the snapshot's highest id;
--  * edited (source side) and hard-deleted units are logged here, so no write path can forget one.
-- AUTOINCREMENT: a sequence number is never reused, so "entries after the snapshot's" stays exact.
CREATE TABLE tm_fuzzy_log (
  seq     INTEGER PRIMARY KEY AUTOINCREMENT,
  unit_id INTEGER NOT NULL
) STRICT;

-- The token of the snapshot written for this workspace: a snapshot whose token differs (another
-- workspace, a restored backup) is not used.
CREATE TABLE tm_fuzzy_state (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  token TEXT NOT NULL
) STRICT;
INSERT INTO tm_fuzzy_state (id, token) VALUES (1, '');

CREATE TRIGGER tu_fuzzy_update AFTER UPDATE OF source_text, source_lang ON translation_units
WHEN old.source_text IS NOT new.source_text OR old.source_lang IS NOT new.source_lang BEGIN
  INSERT INTO tm_fuzzy_log (unit_id) VALUES (new.id);
END;
-- A hard delete frees the id for reuse by the next insert: logging it re-reads that id too.
CREATE TRIGGER tu_fuzzy_delete AFTER DELETE ON translation_units BEGIN
  INSERT INTO tm_fuzzy_log (unit_id) VALUES (old.id);
END;
