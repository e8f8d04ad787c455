-- Shuyu workspace schema, version 1.
-- Concept-oriented term base as in TBX: concept -> language -> term.

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Corpus -------------------------------------------------------------------
CREATE TABLE documents (
  id          INTEGER PRIMARY KEY,
  hash        TEXT NOT NULL UNIQUE,          -- sha256 of the normalised text
  title       TEXT NOT NULL,
  date        TEXT,                          -- YYYY-MM-DD, when the document states one
  language    TEXT NOT NULL CHECK (language IN ('en', 'zh')),
  format      TEXT NOT NULL,                 -- txt, md, html, docx, pdf
  source_path TEXT,
  text        TEXT NOT NULL,
  char_count  INTEGER NOT NULL,
  word_count  INTEGER NOT NULL,
  imported_at TEXT NOT NULL,
  deleted_at  TEXT,                          -- soft delete, so deletion can be undone
  parallel_of INTEGER REFERENCES documents(id) ON DELETE SET NULL -- aligned translation pair
) STRICT;
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_parallel_of ON documents(parallel_of);

CREATE TABLE segments (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal     INTEGER NOT NULL,
  start       INTEGER NOT NULL,              -- character offsets (UTF-16 code units) into documents.text
  end         INTEGER NOT NULL,
  text        TEXT NOT NULL,
  UNIQUE (document_id, ordinal)
) STRICT;

-- Term base ----------------------------------------------------------------
CREATE TABLE concepts (
  id          INTEGER PRIMARY KEY,
  definition  TEXT NOT NULL DEFAULT '',
  domain      TEXT NOT NULL DEFAULT '',      -- subject field
  note        TEXT NOT NULL DEFAULT '',
  source      TEXT NOT NULL DEFAULT '',
  extra       TEXT NOT NULL DEFAULT '{}',    -- JSON: data categories from imports we do not model
  created_at  TEXT NOT NULL,
  modified_at TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;

CREATE TABLE terms (
  id          INTEGER PRIMARY KEY,
  concept_id  INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  lang        TEXT NOT NULL,                 -- BCP 47 as given: en, zh-CN, zh-TW, de ...
  text        TEXT NOT NULL,
  norm        TEXT NOT NULL,                 -- lower-cased, folded form for duplicate checks
  status      TEXT NOT NULL DEFAULT 'admitted'
              CHECK (status IN ('preferred', 'admitted', 'deprecated', 'forbidden')),
  pos         TEXT NOT NULL DEFAULT '',
  usage_note  TEXT NOT NULL DEFAULT '',
  ordinal     INTEGER NOT NULL DEFAULT 0,
  extra       TEXT NOT NULL DEFAULT '{}',
  created_at  TEXT NOT NULL,
  modified_at TEXT NOT NULL
) STRICT;
CREATE INDEX terms_concept ON terms(concept_id);
CREATE INDEX terms_norm ON terms(lang, norm);

-- Mining -------------------------------------------------------------------
CREATE TABLE candidates (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,          -- normalised grouping key of the variants
  term        TEXT NOT NULL,                 -- canonical surface form shown to the user
  score       REAL NOT NULL DEFAULT 0,
  freq        INTEGER NOT NULL DEFAULT 0,
  docs        INTEGER NOT NULL DEFAULT 0,
  variants    TEXT NOT NULL DEFAULT '[]',    -- JSON array of surface forms
  status      TEXT NOT NULL DEFAULT 'new'
              CHECK (status IN ('new', 'accepted', 'rejected', 'merged', 'skipped')),
  concept_id  INTEGER REFERENCES concepts(id) ON DELETE SET NULL,
  merged_into INTEGER REFERENCES candidates(id) ON DELETE SET NULL,
  mined_at    TEXT NOT NULL,
  updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX candidates_rank ON candidates(status, score DESC);
CREATE INDEX candidates_concept ON candidates(concept_id);
CREATE INDEX candidates_merged_into ON candidates(merged_into);

CREATE TABLE candidate_occurrences (
  candidate_id INTEGER NOT NULL REFERENCES candidates(id) ON DELETE CASCADE,
  segment_id   INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
  start        INTEGER NOT NULL,             -- offsets into segments.text
  end          INTEGER NOT NULL,
  PRIMARY KEY (candidate_id, segment_id, start)
) STRICT, WITHOUT ROWID;
CREATE INDEX candidate_occurrences_segment ON candidate_occurrences(segment_id);

-- Translation memory ---------------------------------------------------------
CREATE TABLE translation_units (
  id          INTEGER PRIMARY KEY,
  source_lang TEXT NOT NULL,
  target_lang TEXT NOT NULL,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  origin      TEXT NOT NULL CHECK (origin IN ('tmx', 'alignment', 'example', 'typed', 'import')),
  origin_detail TEXT NOT NULL DEFAULT '',    -- file name, document pair ...
  document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  note        TEXT NOT NULL DEFAULT '',
  extra       TEXT NOT NULL DEFAULT '{}',
  created_at  TEXT NOT NULL,
  changed_at  TEXT NOT NULL,
  deleted_at  TEXT
) STRICT;
CREATE INDEX translation_units_source ON translation_units(source_lang, source_text);
CREATE INDEX translation_units_document ON translation_units(document_id);

-- Usage examples -------------------------------------------------------------
CREATE TABLE examples (
  id          INTEGER PRIMARY KEY,
  concept_id  INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  term_id     INTEGER REFERENCES terms(id) ON DELETE SET NULL,
  segment_id  INTEGER REFERENCES segments(id) ON DELETE SET NULL,
  document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  start       INTEGER,                       -- offsets of the term inside text
  end         INTEGER,
  text        TEXT NOT NULL,                 -- the sentence, kept even if the document goes
  zh_text     TEXT NOT NULL DEFAULT '',      -- optional Chinese rendering
  tu_id       INTEGER REFERENCES translation_units(id) ON DELETE SET NULL,
  source      TEXT NOT NULL DEFAULT '',      -- document title/date for examples from imports
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX examples_concept ON examples(concept_id);
-- Every child key gets an index: without one, deleting a parent row (a document's segments, a
-- term, a TU) makes SQLite scan the whole child table once per deleted row to apply SET NULL.
CREATE INDEX examples_term ON examples(term_id);
CREATE INDEX examples_segment ON examples(segment_id);
CREATE INDEX examples_document ON examples(document_id);
CREATE INDEX examples_tu ON examples(tu_id);

-- Edit history: every change as before/after snapshots, which powers undo/redo ---
CREATE TABLE history (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  action      TEXT NOT NULL,                 -- e.g. concept.save, document.delete, import.tbx
  label       TEXT NOT NULL DEFAULT '',
  concept_id  INTEGER,                       -- no FK: history outlives deleted concepts
  before      TEXT,                          -- JSON snapshot needed to undo
  after       TEXT,                          -- JSON snapshot needed to redo
  undone      INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;
CREATE INDEX history_concept ON history(concept_id);
