-- A digest of the occurrence list stored for each candidate (schema v7). A re-mine after new documents
-- rewrites only the lists that changed: at 10M words a run stores ~1M occurrence rows, and rewriting
-- them all cost more than mining the new document. '' = unknown (rows from before): rewritten once.
ALTER TABLE candidates ADD COLUMN occurrences_digest TEXT NOT NULL DEFAULT '';
