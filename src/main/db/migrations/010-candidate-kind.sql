-- What a mined candidate names (schema v10): term, name (organisation, plan, law, event, document), person,
-- place or acronym (shared/vocabulary.ts CANDIDATE_KINDS). Shown as a column and a filter in the candidate
-- list. Rows from before are 'term' until the next mining run sets their kind.
ALTER TABLE candidates ADD COLUMN kind TEXT NOT NULL DEFAULT 'term'
  CHECK (kind IN ('term', 'name', 'person', 'place', 'acronym'));
CREATE INDEX candidates_kind ON candidates(kind, status, score DESC);
