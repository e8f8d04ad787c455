-- Collocations a translator chose in the concordance and stored with a concept: the word searched
-- (node), the collocate, and the association figures at the time it was chosen (they are evidence,
-- not live statistics). One row per (concept, node, collocate); deleting the concept deletes them.
CREATE TABLE collocations (
  id          INTEGER PRIMARY KEY,
  concept_id  INTEGER NOT NULL REFERENCES concepts(id) ON DELETE CASCADE,
  node        TEXT NOT NULL,
  word        TEXT NOT NULL,
  freq        INTEGER NOT NULL DEFAULT 0,
  log_dice    REAL NOT NULL DEFAULT 0,
  mi          REAL NOT NULL DEFAULT 0,
  window      INTEGER NOT NULL DEFAULT 5,
  created_at  TEXT NOT NULL,
  UNIQUE (concept_id, node, word)
) STRICT;
CREATE INDEX collocations_concept ON collocations(concept_id);
