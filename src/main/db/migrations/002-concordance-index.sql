-- Concordance index (schema v2): SQLite FTS5 over segments and translation units.
--
-- What is indexed is not the stored text but its "index copy" (src/core/concordance/bigrams.ts):
-- Latin words as they are, Han text as character bigrams folded to simplified Chinese, so any
-- Chinese substring is an exact phrase query. SQL cannot compute that copy, so:
--  * the tables are CONTENTLESS (content=''): the copy is only tokenized, never stored twice, and
--    the KWIC text always comes from segments / translation_units (one source of truth);
--  * contentless_delete=1 lets us DELETE / re-index single rows (SQLite >= 3.43);
--  * one table per source (not one per language): Chinese documents contain English names and
--    numbers, English documents contain Chinese; the language filter is documents.language or
--    the unit's side language, not the table.
-- rowid = segments.id / translation_units.id.
CREATE VIRTUAL TABLE seg_fts USING fts5(
  text,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE tu_fts USING fts5(
  source,
  target,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Vocabularies: wildcard expansion ("*ment") and corpus frequencies for collocates.
CREATE VIRTUAL TABLE seg_fts_vocab USING fts5vocab(seg_fts, 'row');
CREATE VIRTUAL TABLE tu_fts_vocab USING fts5vocab(tu_fts, 'row');

-- Distinct word tokens of the index, each one reversed, with its number of instances in segments.
-- Wildcard queries expand against it by index range ("develop*ment" → term range 'develop';
-- "*ment" → rev range 'tnem') instead of scanning fts5vocab, which reads every doclist; collocates
-- read corpus frequencies here (a b-tree lookup; fts5vocab needs ~70 ms for "the"). Han text is not
-- listed: Chinese queries are bigram phrases, never wildcard terms, and collocates count words.
-- cnt is kept exact by indexPending: triggers save the text of indexed segments that are deleted
-- or changed in concordance_uncount, and it is subtracted before the new text is added. A term
-- whose count falls to 0 stays (it then only expands to a phrase with no hits). The row with the
-- empty term (never a token) holds the total number of word tokens in segments.
CREATE TABLE concordance_terms (
  term TEXT PRIMARY KEY,
  rev  TEXT NOT NULL,
  cnt  INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;
CREATE INDEX concordance_terms_rev ON concordance_terms (rev);

CREATE TABLE concordance_uncount (
  text TEXT NOT NULL
) STRICT;

-- Rows waiting to be (re)indexed. Triggers fill it, so no import path can forget a row; the app
-- drains it (indexPending in src/main/concordance/index-segments.ts) in one transaction after an
-- import and before every search. Deletions need no JavaScript and are applied at once.
CREATE TABLE concordance_queue (
  kind TEXT NOT NULL CHECK (kind IN ('seg', 'tu')),
  id   INTEGER NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER segments_concordance_insert AFTER INSERT ON segments BEGIN
  INSERT OR IGNORE INTO concordance_queue (kind, id) VALUES ('seg', new.id);
END;
-- A segment still in the queue was never indexed, so its old text was never counted.
CREATE TRIGGER segments_concordance_update AFTER UPDATE OF text ON segments BEGIN
  INSERT INTO concordance_uncount (text) SELECT old.text
    WHERE NOT EXISTS (SELECT 1 FROM concordance_queue WHERE kind = 'seg' AND id = old.id);
  INSERT OR IGNORE INTO concordance_queue (kind, id) VALUES ('seg', new.id);
END;
CREATE TRIGGER segments_concordance_delete AFTER DELETE ON segments BEGIN
  INSERT INTO concordance_uncount (text) SELECT old.text
    WHERE NOT EXISTS (SELECT 1 FROM concordance_queue WHERE kind = 'seg' AND id = old.id);
  DELETE FROM seg_fts WHERE rowid = old.id;
  DELETE FROM concordance_queue WHERE kind = 'seg' AND id = old.id;
END;

CREATE TRIGGER tu_concordance_insert AFTER INSERT ON translation_units BEGIN
  INSERT OR IGNORE INTO concordance_queue (kind, id) VALUES ('tu', new.id);
END;
CREATE TRIGGER tu_concordance_update AFTER UPDATE OF source_text, target_text ON translation_units BEGIN
  INSERT OR IGNORE INTO concordance_queue (kind, id) VALUES ('tu', new.id);
END;
CREATE TRIGGER tu_concordance_delete AFTER DELETE ON translation_units BEGIN
  DELETE FROM tu_fts WHERE rowid = old.id;
  DELETE FROM concordance_queue WHERE kind = 'tu' AND id = old.id;
END;

-- Rows that existed before this migration are indexed on first use.
INSERT INTO concordance_queue (kind, id) SELECT 'seg', id FROM segments;
INSERT INTO concordance_queue (kind, id) SELECT 'tu', id FROM translation_units;
