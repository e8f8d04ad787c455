-- Sort key of a concept in the term base list: its first English term (else its first term),
-- lower-cased. Kept by triggers so every write path (editor, review, imports, undo) maintains it,
-- and indexed so the default list order at 100,000 concepts is an index walk, not a sort of
-- correlated subqueries.
ALTER TABLE concepts ADD COLUMN sort_term TEXT NOT NULL DEFAULT '';

UPDATE concepts SET sort_term = coalesce((
  SELECT lower(t.text) FROM terms t WHERE t.concept_id = concepts.id
  ORDER BY (t.lang = 'en' OR t.lang LIKE 'en-%') DESC, t.ordinal, t.id LIMIT 1), '');

CREATE INDEX concepts_sort_term ON concepts(sort_term, id);

-- Inserts are the bulk path (imports), so they do the least: an English term becomes the key unless an
-- earlier English term exists; any other term becomes the key of a concept that has none yet.
CREATE TRIGGER terms_sort_after_insert_en AFTER INSERT ON terms
WHEN NEW.lang = 'en' OR NEW.lang LIKE 'en-%'
BEGIN
  UPDATE concepts SET sort_term = lower(NEW.text)
  WHERE id = NEW.concept_id AND NOT EXISTS (
    SELECT 1 FROM terms t WHERE t.concept_id = NEW.concept_id AND t.id <> NEW.id
      AND (t.lang = 'en' OR t.lang LIKE 'en-%')
      AND (t.ordinal < NEW.ordinal OR (t.ordinal = NEW.ordinal AND t.id < NEW.id)));
END;

CREATE TRIGGER terms_sort_after_insert_other AFTER INSERT ON terms
WHEN NOT (NEW.lang = 'en' OR NEW.lang LIKE 'en-%')
BEGIN
  UPDATE concepts SET sort_term = lower(NEW.text) WHERE id = NEW.concept_id AND sort_term = '';
END;

CREATE TRIGGER terms_sort_after_update AFTER UPDATE OF text, lang, ordinal, concept_id ON terms BEGIN
  UPDATE concepts SET sort_term = coalesce((
    SELECT lower(t.text) FROM terms t WHERE t.concept_id = concepts.id
    ORDER BY (t.lang = 'en' OR t.lang LIKE 'en-%') DESC, t.ordinal, t.id LIMIT 1), '')
  WHERE id IN (NEW.concept_id, OLD.concept_id);
END;

CREATE TRIGGER terms_sort_after_delete AFTER DELETE ON terms BEGIN
  UPDATE concepts SET sort_term = coalesce((
    SELECT lower(t.text) FROM terms t WHERE t.concept_id = OLD.concept_id
    ORDER BY (t.lang = 'en' OR t.lang LIKE 'en-%') DESC, t.ordinal, t.id LIMIT 1), '')
  WHERE id = OLD.concept_id;
END;
