-- Single Chinese characters in the concordance (issue #5). The bigram index of migration 002 can
-- only answer a 1-character query as the prefix query "质"*, which merges the doclist of every
-- bigram starting with 质 up front: 3 ms for 质, 36 ms for 一 at 2M characters, and the slowest
-- first pages of all. These tables list, per segment / unit side, its DISTINCT Han characters
-- (folded to simplified, src/core/concordance/bigrams.ts hanChars), with detail = 'none' /
-- 'column': rowids only, no positions — a 1-character query is "this row contains 质", verified
-- in JavaScript like every other query. 2.6 MB for 2M characters; 质 and 一 take 0.2 ms.
-- Written by the same code as seg_fts / tu_fts (index-segments.ts); rowid = segments.id / units.id.
CREATE VIRTUAL TABLE seg_han USING fts5(
  chars,
  content = '',
  contentless_delete = 1,
  detail = 'none',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE tu_han USING fts5(
  source,
  target,
  content = '',
  contentless_delete = 1,
  detail = 'column',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER segments_concordance_han_delete AFTER DELETE ON segments BEGIN
  DELETE FROM seg_han WHERE rowid = old.id;
END;
CREATE TRIGGER tu_concordance_han_delete AFTER DELETE ON translation_units BEGIN
  DELETE FROM tu_han WHERE rowid = old.id;
END;

-- Rows indexed before this migration get their characters on first use (indexPending): SQL
-- cannot fold traditional characters. One row = a backfill is due.
CREATE TABLE concordance_han_backfill (
  due INTEGER NOT NULL
) STRICT;
INSERT INTO concordance_han_backfill (due)
  SELECT 1 WHERE EXISTS (SELECT 1 FROM segments) OR EXISTS (SELECT 1 FROM translation_units);
