-- The team term base on PostgreSQL (schema v1). The server is stateless: everything lives here, so any
-- number of instances may serve one database. See docs/team.md.

-- The team itself: one row. team_id tells workspaces which team a server belongs to, so a workspace
-- never mixes two teams' term bases; moderated makes translators' writes suggestions.
CREATE TABLE team (
  id         int PRIMARY KEY CHECK (id = 1),
  team_id    text NOT NULL,
  name       text NOT NULL DEFAULT '',
  moderated  boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO team (id, team_id) VALUES (1, gen_random_uuid()::text);

CREATE TABLE users (
  id         bigserial PRIMARY KEY,
  name       text NOT NULL UNIQUE,
  role       text NOT NULL CHECK (role IN ('admin', 'terminologist', 'translator', 'viewer')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- API tokens: only a slow hash (scrypt) of the secret is kept; the token names its row, so checking one
-- costs one hash, not one per token.
CREATE TABLE tokens (
  id         bigserial PRIMARY KEY,
  user_id    bigint NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  hash       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX tokens_user ON tokens(user_id);

-- One sequence orders everything that happens: pulls page by it. Writers take one advisory lock for their
-- transaction, so sequence numbers commit in order and a reader never skips a number committed late.
CREATE SEQUENCE log_seq;

-- Each concept as a flat map of fields (core/team/fields.ts) with the revision of every field.
CREATE TABLE concepts (
  uid         text PRIMARY KEY,
  rev         int NOT NULL,
  seq         bigint NOT NULL,
  fields      jsonb NOT NULL,
  field_revs  jsonb NOT NULL,
  created_by  bigint NOT NULL REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  modified_by bigint NOT NULL REFERENCES users(id),
  modified_at timestamptz NOT NULL DEFAULT now()
);

-- The team's history: every change applied (author, time, what it wrote) and every decision on a suggestion.
CREATE TABLE log (
  seq           bigint PRIMARY KEY,
  kind          text NOT NULL CHECK (kind IN ('change', 'decision')),
  concept_uid   text NOT NULL,
  rev           int,
  change_id     text,
  author_id     bigint NOT NULL REFERENCES users(id),
  reviewer_id   bigint REFERENCES users(id),
  at            timestamptz NOT NULL DEFAULT now(),
  made_at       text NOT NULL DEFAULT '',
  -- The workspace that pushed the change: a pull does not send it back the states it sent itself.
  client_id     text NOT NULL DEFAULT '',
  fields        jsonb NOT NULL DEFAULT '{}',
  decision      text CHECK (decision IN ('approved', 'rejected')),
  note          text NOT NULL DEFAULT ''
);
CREATE INDEX log_concept ON log(concept_uid, rev);

-- A translator's change in a moderated team, waiting for a terminologist. One pending suggestion per
-- author and concept: a newer one from the same author supersedes it.
CREATE TABLE suggestions (
  id          bigserial PRIMARY KEY,
  change_id   text NOT NULL UNIQUE,
  concept_uid text NOT NULL,
  author_id   bigint NOT NULL REFERENCES users(id),
  base_rev    int NOT NULL,
  fields      jsonb NOT NULL,
  made_at     text NOT NULL DEFAULT '',
  status      text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'superseded')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  decided_by  bigint REFERENCES users(id),
  decided_at  timestamptz,
  note        text NOT NULL DEFAULT ''
);
CREATE INDEX suggestions_status ON suggestions(status, id);
CREATE UNIQUE INDEX suggestions_one_pending ON suggestions(author_id, concept_uid) WHERE status = 'pending';

-- What each change id came to: a retried push (the reply was lost) gets the same answer and applies nothing.
CREATE TABLE receipts (
  change_id text PRIMARY KEY,
  user_id   bigint NOT NULL REFERENCES users(id),
  result    jsonb NOT NULL,
  at        timestamptz NOT NULL DEFAULT now()
);
