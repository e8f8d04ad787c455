-- Collocate statistics follow deletions and count the memory (issue #15 §3); Chinese words for whole-word
-- search (issue #17, at the end).
--
-- concordance_terms.cnt counted every indexed segment, those of soft-deleted documents included (a deleted
-- 600,000-word document stayed in every collocate's corpus frequency), and translation units were listed
-- (for wildcard expansion) but never counted, so collocates of memory hits had no frequencies at all.
-- From here on, per term:
--   cnt    = its occurrences in indexed segments of live documents,
--   tu_cnt = its occurrences in indexed live translation units (both sides; a unit of a deleted document is
--            hidden with it, as search hides it),
-- and the row with the empty term holds in tu_cnt the memory's word tokens (its cnt is no longer used: the
-- corpus's size is the sum of documents.word_count, the corpus table's figure).
--
-- A row is "counted" when it is indexed (not in concordance_queue) and visible. Hiding or showing rows changes
-- nothing in the FTS tables (search filters hidden rows, so undo stays free); it queues the row in
-- concordance_recount with +1 / -1, and the next indexPending adds or subtracts the row's current text (ids,
-- not text copies: undoing a 1,000,000-unit import queues 1,000,000 small rows). A text edit or a delete of a
-- counted row subtracts its old text through concordance_uncount, by what the counts hold for it now:
-- visible - pending (the pending recount not applied yet), and drops the pending recount.
ALTER TABLE concordance_terms ADD COLUMN tu_cnt INTEGER NOT NULL DEFAULT 0;

-- Texts to subtract (weight -1), of segments or units.
ALTER TABLE concordance_uncount ADD COLUMN kind TEXT NOT NULL DEFAULT 'seg' CHECK (kind IN ('seg', 'tu'));
ALTER TABLE concordance_uncount ADD COLUMN weight INTEGER NOT NULL DEFAULT -1;

CREATE TABLE concordance_recount (
  kind   TEXT NOT NULL CHECK (kind IN ('seg', 'tu')),
  id     INTEGER NOT NULL,
  weight INTEGER NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT, WITHOUT ROWID;

-- Segments ------------------------------------------------------------------------------------------------
DROP TRIGGER segments_concordance_update;
CREATE TRIGGER segments_concordance_update AFTER UPDATE OF text ON segments BEGIN
  INSERT INTO concordance_uncount (kind, weight, text)
    SELECT 'seg', -counted, old.text FROM (SELECT
      coalesce((SELECT deleted_at IS NULL FROM documents WHERE id = old.document_id), 0)
        - coalesce((SELECT weight FROM concordance_recount WHERE kind = 'seg' AND id = old.id), 0) AS counted)
    WHERE counted <> 0 AND NOT EXISTS (SELECT 1 FROM concordance_queue WHERE kind = 'seg' AND id = old.id);
  DELETE FROM concordance_recount WHERE kind = 'seg' AND id = old.id;
  INSERT OR IGNORE INTO concordance_queue (kind, id) VALUES ('seg', new.id);
END;

-- A segment deleted with its document (ON DELETE CASCADE) no longer sees the document: counted is NULL and
-- nothing is subtracted here; documents_concordance_delete did it before.
DROP TRIGGER segments_concordance_delete;
CREATE TRIGGER segments_concordance_delete AFTER DELETE ON segments BEGIN
  INSERT INTO concordance_uncount (kind, weight, text)
    SELECT 'seg', -counted, old.text FROM (SELECT
      (SELECT deleted_at IS NULL FROM documents WHERE id = old.document_id)
        - coalesce((SELECT weight FROM concordance_recount WHERE kind = 'seg' AND id = old.id), 0) AS counted)
    WHERE counted <> 0 AND NOT EXISTS (SELECT 1 FROM concordance_queue WHERE kind = 'seg' AND id = old.id);
  DELETE FROM concordance_recount WHERE kind = 'seg' AND id = old.id;
  DELETE FROM seg_fts WHERE rowid = old.id;
  DELETE FROM concordance_queue WHERE kind = 'seg' AND id = old.id;
  DELETE FROM seg_zhw WHERE rowid = old.id;
  DELETE FROM concordance_zhw_queue WHERE id = old.id;
END;

-- Documents -----------------------------------------------------------------------------------------------
CREATE TRIGGER documents_concordance_visibility AFTER UPDATE OF deleted_at ON documents
WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
  INSERT INTO concordance_recount (kind, id, weight)
    SELECT 'seg', s.id, CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END FROM segments s
    WHERE s.document_id = new.id
      AND NOT EXISTS (SELECT 1 FROM concordance_queue q WHERE q.kind = 'seg' AND q.id = s.id)
    ON CONFLICT (kind, id) DO UPDATE SET weight = weight + excluded.weight;
  INSERT INTO concordance_recount (kind, id, weight)
    SELECT 'tu', t.id, CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END FROM translation_units t
    WHERE t.document_id = new.id AND t.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM concordance_queue q WHERE q.kind = 'tu' AND q.id = t.id)
    ON CONFLICT (kind, id) DO UPDATE SET weight = weight + excluded.weight;
END;

-- Before the cascade: subtract what the counts hold for its segments (their own trigger cannot tell), and show
-- again the units a hidden document took with it (ON DELETE SET NULL leaves them without a document).
CREATE TRIGGER documents_concordance_delete BEFORE DELETE ON documents BEGIN
  INSERT INTO concordance_uncount (kind, weight, text)
    SELECT 'seg', -counted, text FROM (SELECT s.text, (old.deleted_at IS NULL)
        - coalesce((SELECT weight FROM concordance_recount r WHERE r.kind = 'seg' AND r.id = s.id), 0) AS counted
      FROM segments s WHERE s.document_id = old.id
        AND NOT EXISTS (SELECT 1 FROM concordance_queue q WHERE q.kind = 'seg' AND q.id = s.id))
    WHERE counted <> 0;
  DELETE FROM concordance_recount
    WHERE kind = 'seg' AND id IN (SELECT id FROM segments WHERE document_id = old.id);
  INSERT INTO concordance_recount (kind, id, weight)
    SELECT 'tu', t.id, 1 FROM translation_units t
    WHERE old.deleted_at IS NOT NULL AND t.document_id = old.id AND t.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM concordance_queue q WHERE q.kind = 'tu' AND q.id = t.id)
    ON CONFLICT (kind, id) DO UPDATE SET weight = weight + excluded.weight;
END;

-- Translation units ---------------------------------------------------------------------------------------
CREATE TRIGGER tu_concordance_visibility AFTER UPDATE OF deleted_at ON translation_units
WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
  AND NOT EXISTS (SELECT 1 FROM documents WHERE id = new.document_id AND deleted_at IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM concordance_queue WHERE kind = 'tu' AND id = new.id) BEGIN
  INSERT INTO concordance_recount (kind, id, weight)
    VALUES ('tu', new.id, CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END)
    ON CONFLICT (kind, id) DO UPDATE SET weight = weight + excluded.weight;
END;

DROP TRIGGER tu_concordance_update;
CREATE TRIGGER tu_concordance_update AFTER UPDATE OF source_text, target_text ON translation_units BEGIN
  INSERT INTO concordance_uncount (kind, weight, text)
    SELECT 'tu', -counted, old.source_text
      FROM (SELECT (old.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM documents WHERE id = old.document_id AND deleted_at IS NOT NULL))
        - coalesce((SELECT weight FROM concordance_recount WHERE kind = 'tu' AND id = old.id), 0) AS counted)
      WHERE counted <> 0 AND NOT EXISTS (SELECT 1 FROM concordance_queue WHERE kind = 'tu' AND id = old.id)
    UNION ALL
    SELECT 'tu', -counted, old.target_text
      FROM (SELECT (old.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM documents WHERE id = old.document_id AND deleted_at IS NOT NULL))
        - coalesce((SELECT weight FROM concordance_recount WHERE kind = 'tu' AND id = old.id), 0) AS counted)
      WHERE counted <> 0 AND NOT EXISTS (SELECT 1 FROM concordance_queue WHERE kind = 'tu' AND id = old.id);
  DELETE FROM concordance_recount WHERE kind = 'tu' AND id = old.id;
  INSERT OR IGNORE INTO concordance_queue (kind, id) VALUES ('tu', new.id);
END;

DROP TRIGGER tu_concordance_delete;
CREATE TRIGGER tu_concordance_delete AFTER DELETE ON translation_units BEGIN
  INSERT INTO concordance_uncount (kind, weight, text)
    SELECT 'tu', -counted, old.source_text
      FROM (SELECT (old.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM documents WHERE id = old.document_id AND deleted_at IS NOT NULL))
        - coalesce((SELECT weight FROM concordance_recount WHERE kind = 'tu' AND id = old.id), 0) AS counted)
      WHERE counted <> 0 AND NOT EXISTS (SELECT 1 FROM concordance_queue WHERE kind = 'tu' AND id = old.id)
    UNION ALL
    SELECT 'tu', -counted, old.target_text
      FROM (SELECT (old.deleted_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM documents WHERE id = old.document_id AND deleted_at IS NOT NULL))
        - coalesce((SELECT weight FROM concordance_recount WHERE kind = 'tu' AND id = old.id), 0) AS counted)
      WHERE counted <> 0 AND NOT EXISTS (SELECT 1 FROM concordance_queue WHERE kind = 'tu' AND id = old.id);
  DELETE FROM concordance_recount WHERE kind = 'tu' AND id = old.id;
  DELETE FROM tu_fts WHERE rowid = old.id;
  DELETE FROM concordance_queue WHERE kind = 'tu' AND id = old.id;
END;

-- What the old counts got wrong, put right by the next indexPending: segments of hidden documents were
-- counted, visible units were not. The corpus size is no longer read from the '' row.
INSERT INTO concordance_recount (kind, id, weight)
  SELECT 'seg', s.id, -1 FROM segments s JOIN documents d ON d.id = s.document_id
  WHERE d.deleted_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM concordance_queue q WHERE q.kind = 'seg' AND q.id = s.id);
INSERT INTO concordance_recount (kind, id, weight)
  SELECT 'tu', t.id, 1 FROM translation_units t LEFT JOIN documents d ON d.id = t.document_id
  WHERE t.deleted_at IS NULL AND d.deleted_at IS NULL
    AND NOT EXISTS (SELECT 1 FROM concordance_queue q WHERE q.kind = 'tu' AND q.id = t.id);
UPDATE concordance_terms SET cnt = 0 WHERE term = '';

-- Chinese words (issue #17) -------------------------------------------------------------------------------
-- The Chinese words of each segment as the workspace's segmenter cuts them (jieba with the words of
-- zh_user_words), folded to simplified, one token each; a run of anything else between them is the token 0.
-- A whole-word query is an OR of phrases of these tokens (src/main/concordance/word-index.ts), so FTS finds
-- the rows where it stands as words instead of every row holding it as characters; each hit is still checked
-- with the segmenter. Segments only: units are checked on the fly (jieba over a 1,000,000-unit memory would
-- add half a minute to its import).
CREATE VIRTUAL TABLE seg_zhw USING fts5(
  words,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- Segments whose words are to be written again: every segment with Han text now, and later the segments
-- holding a word the segmenter learnt (a term accepted since). Whole-word search falls back to checking
-- every character match while it is not empty.
CREATE TABLE concordance_zhw_queue (
  id INTEGER PRIMARY KEY
) STRICT;

-- The workspace's words in the segmenter's dictionary: its accepted Chinese terms, kept when a term is no
-- longer accepted (jieba cannot forget a word, and seg_zhw was written with it), so every process cuts the
-- workspace's text the same way.
CREATE TABLE zh_user_words (
  word TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;

INSERT INTO concordance_zhw_queue (id)
  SELECT id FROM segments WHERE text GLOB '*[㐀-鿿豈-﫿𠀀-𳿿]*'
    AND NOT EXISTS (SELECT 1 FROM concordance_queue q WHERE q.kind = 'seg' AND q.id = segments.id);
INSERT OR IGNORE INTO zh_user_words (word)
  SELECT trim(t.text) FROM terms t JOIN concepts c ON c.id = t.concept_id AND c.deleted_at IS NULL
  WHERE t.lang >= 'zh' AND t.lang < 'zi' AND t.status IN ('preferred', 'admitted');
