-- A translatable name for each history entry (schema v8): `label` stays the English text (CLI, logs, entries
-- from before), `label_key` + `label_params` (JSON) let the UI say "Undone: …" in its own language.
-- '' = no key (entries written before): the UI shows `label` as it is.
ALTER TABLE history ADD COLUMN label_key TEXT NOT NULL DEFAULT '';
ALTER TABLE history ADD COLUMN label_params TEXT NOT NULL DEFAULT '{}';
