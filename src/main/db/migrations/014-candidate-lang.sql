-- shuyu:foreign-keys-off
-- The language of each mined candidate (schema v14): the English miner's and the Chinese miner's candidates
-- share the table, the review queue and the term base link; `lang` (shared/vocabulary.ts LANGS) says which
-- list a row belongs to. A key is unique within its language, not across both (a Chinese key folded to ASCII,
-- "G20", could equal an English one), so the table is rebuilt with UNIQUE (lang, key). Rows from before are
-- English: the Chinese miner stored nothing until now.
CREATE TABLE candidates_new (
  id          INTEGER PRIMARY KEY,
  lang        TEXT NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'zh')),
  key         TEXT NOT NULL,                 -- normalised grouping key of the variants
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
  updated_at  TEXT NOT NULL,
  occurrences_digest TEXT NOT NULL DEFAULT '',
  kind        TEXT NOT NULL DEFAULT 'term' CHECK (kind IN ('term', 'name', 'person', 'place', 'acronym')),
  UNIQUE (lang, key)
) STRICT;
INSERT INTO candidates_new (id, lang, key, term, score, freq, docs, variants, status, concept_id, merged_into,
  mined_at, updated_at, occurrences_digest, kind)
SELECT id, 'en', key, term, score, freq, docs, variants, status, concept_id, merged_into, mined_at, updated_at,
  occurrences_digest, kind
FROM candidates;
DROP TABLE candidates;
ALTER TABLE candidates_new RENAME TO candidates;
CREATE INDEX candidates_rank ON candidates(lang, status, score DESC);
CREATE INDEX candidates_concept ON candidates(concept_id);
CREATE INDEX candidates_merged_into ON candidates(merged_into);
CREATE INDEX candidates_kind ON candidates(lang, kind, status, score DESC);
