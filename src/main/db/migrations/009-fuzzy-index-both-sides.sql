-- The memory is matched from either side (issue #18): a Chinese sentence finds the EN→ZH unit whose
-- target it is. The fuzzy index (src/core/memory/fuzzy-index.ts, snapshot format 3) now holds both sides
-- of every unit, so an edit of the target side must reach its log as a source edit does (migration 003).
CREATE TRIGGER tu_fuzzy_update_target AFTER UPDATE OF target_text, target_lang ON translation_units
WHEN old.target_text IS NOT new.target_text OR old.target_lang IS NOT new.target_lang BEGIN
  INSERT INTO tm_fuzzy_log (unit_id) VALUES (new.id);
END;

-- A snapshot of the source sides only is of no use any more: forget its token, so it is rebuilt.
UPDATE tm_fuzzy_state SET token = '';
