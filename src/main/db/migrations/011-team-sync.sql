-- Team sync (schema v11, issue #20; docs/team.md). The workspace stays the working copy; these tables hold
-- what it needs to sync with a team server: the link, the server's version of each concept it has seen
-- (the base of three-way merges), the changes waiting to be pushed, and conflicts the user resolves.

-- A concept's identity across workspaces, given when it is first synced (imports and edits leave it NULL
-- until then, so they pay nothing for it). SQLite lets a unique index hold many NULLs.
ALTER TABLE concepts ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX concepts_uid ON concepts(uid);

-- Document title and date of an example that came from the team without its document (the corpus stays
-- local): a local example reads them from its document.
ALTER TABLE examples ADD COLUMN doc_title TEXT NOT NULL DEFAULT '';
ALTER TABLE examples ADD COLUMN doc_date TEXT NOT NULL DEFAULT '';

-- The team this workspace belongs to (at most one). team_id guards against a server of another team.
CREATE TABLE team_link (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  url         TEXT NOT NULL,
  team_id     TEXT NOT NULL,
  team_name   TEXT NOT NULL DEFAULT '',
  user_name   TEXT NOT NULL,
  role        TEXT NOT NULL,
  moderated   INTEGER NOT NULL DEFAULT 0,
  token       TEXT NOT NULL,
  client_id   TEXT NOT NULL,                -- this workspace to the server: it is not sent back what it pushed
  pulled_seq  INTEGER NOT NULL DEFAULT 0,   -- the pull cursor: the last team log number applied here
  server_seq  INTEGER NOT NULL DEFAULT 0,   -- the server's newest number when last asked
  joined_at   TEXT NOT NULL,
  synced_at   TEXT,
  last_error  TEXT                          -- JSON {kind, message} of the last failed sync, NULL after a good one
) STRICT;

-- Concepts changed here since they were last pushed. Filled from the edit history (below), so every write
-- that records history (editor, review, imports, undo, redo) is seen without a hook in any of them.
CREATE TABLE team_dirty (
  concept_id INTEGER PRIMARY KEY
) STRICT;
-- An import's new concepts, as the id range its history entry holds (100,000 rows would be one row here).
CREATE TABLE team_dirty_range (
  from_id INTEGER NOT NULL,
  to_id   INTEGER NOT NULL
) STRICT;

-- The server's version of each synced concept as this workspace last saw it: fields and their revisions.
CREATE TABLE team_shadow (
  uid        TEXT PRIMARY KEY,
  concept_id INTEGER NOT NULL,
  rev        INTEGER NOT NULL,
  fields     TEXT NOT NULL,                 -- JSON field map (core/team/fields.ts)
  field_revs TEXT NOT NULL                  -- JSON field → revision
) STRICT;
CREATE INDEX team_shadow_concept ON team_shadow(concept_id);

-- Changes made here, waiting for the server: 'pending' until a push is answered (a retry sends the same id,
-- which the server applies once), 'suggested' while a moderated suggestion waits for review.
CREATE TABLE team_outbox (
  change_id  TEXT PRIMARY KEY,
  uid        TEXT NOT NULL,
  concept_id INTEGER NOT NULL,
  state      TEXT NOT NULL CHECK (state IN ('pending', 'suggested')),
  base_rev   INTEGER NOT NULL,
  fields     TEXT NOT NULL,                 -- JSON FieldChange[]
  made_at    TEXT NOT NULL,
  sent       INTEGER NOT NULL DEFAULT 0,    -- push attempts so far
  suggestion INTEGER
) STRICT;
CREATE INDEX team_outbox_uid ON team_outbox(uid);

-- Fields where the server's value won over a value of this workspace: kept until the user resolves them.
CREATE TABLE team_conflicts (
  id            INTEGER PRIMARY KEY,
  uid           TEXT NOT NULL,
  concept_id    INTEGER NOT NULL,
  field         TEXT NOT NULL,
  local         TEXT,                       -- JSON value; NULL = absent
  remote        TEXT,
  remote_author TEXT NOT NULL DEFAULT '',
  reason        TEXT NOT NULL DEFAULT 'conflict' CHECK (reason IN ('conflict', 'rejected', 'refused')),
  note          TEXT NOT NULL DEFAULT '',
  at            TEXT NOT NULL
) STRICT;
CREATE INDEX team_conflicts_concept ON team_conflicts(concept_id);

-- The team's history of each concept (author, server time, fields written), as pulled.
CREATE TABLE team_history (
  seq      INTEGER PRIMARY KEY,
  uid      TEXT NOT NULL,
  kind     TEXT NOT NULL,
  author   TEXT NOT NULL,
  reviewer TEXT,
  at       TEXT NOT NULL,
  fields   TEXT NOT NULL,                   -- JSON list of field keys
  decision TEXT,
  note     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX team_history_uid ON team_history(uid, seq);

-- The outbox learns of local changes from the history: a term-base entry lists every concept it touched in
-- its snapshots (termbase/snapshots.ts: after.concepts; exchange/import-history.ts: before.concepts is the
-- created range, before.merged.concepts the concepts merged into); an undo or redo flips `undone`. Only
-- while the workspace is joined. Changes that arrive from the team are written without history, so they
-- never come back as local changes.
CREATE TRIGGER team_dirty_edit AFTER INSERT ON history
WHEN NEW.action = 'termbase.edit' AND EXISTS (SELECT 1 FROM team_link)
BEGIN
  INSERT OR IGNORE INTO team_dirty (concept_id) SELECT CAST(key AS INTEGER) FROM json_each(NEW.after, '$.concepts');
END;

CREATE TRIGGER team_dirty_import AFTER INSERT ON history
WHEN NEW.action = 'import.termbase' AND EXISTS (SELECT 1 FROM team_link)
BEGIN
  INSERT OR IGNORE INTO team_dirty (concept_id)
    SELECT CAST(key AS INTEGER) FROM json_each(NEW.before, '$.merged.concepts');
  INSERT INTO team_dirty_range (from_id, to_id)
    SELECT json_extract(NEW.before, '$.concepts[0]'), json_extract(NEW.before, '$.concepts[1]')
    WHERE json_type(NEW.before, '$.concepts') = 'array';
END;

CREATE TRIGGER team_dirty_undo_edit AFTER UPDATE OF undone ON history
WHEN NEW.action = 'termbase.edit' AND OLD.undone <> NEW.undone AND EXISTS (SELECT 1 FROM team_link)
BEGIN
  INSERT OR IGNORE INTO team_dirty (concept_id) SELECT CAST(key AS INTEGER) FROM json_each(NEW.after, '$.concepts');
  INSERT OR IGNORE INTO team_dirty (concept_id) SELECT CAST(key AS INTEGER) FROM json_each(NEW.before, '$.concepts');
END;

CREATE TRIGGER team_dirty_undo_import AFTER UPDATE OF undone ON history
WHEN NEW.action = 'import.termbase' AND OLD.undone <> NEW.undone AND EXISTS (SELECT 1 FROM team_link)
BEGIN
  INSERT OR IGNORE INTO team_dirty (concept_id)
    SELECT CAST(key AS INTEGER) FROM json_each(NEW.before, '$.merged.concepts');
  INSERT INTO team_dirty_range (from_id, to_id)
    SELECT json_extract(NEW.before, '$.concepts[0]'), json_extract(NEW.before, '$.concepts[1]')
    WHERE json_type(NEW.before, '$.concepts') = 'array';
END;
