/** Team members and their tokens, managed with `shuyu team user … --pg URL` (direct database access). */
import { type TeamRole } from '../shared/team-protocol'
import type { Pool } from './db'
import { formatToken, hashSecret, newSecret } from './tokens'

export interface UserRow {
  name: string
  role: TeamRole
  createdAt: string
  tokens: number
}

export class UserError extends Error {}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._@-]{0,99}$/u

/** Creates a user and returns their first token (shown once; only its hash is stored). */
export async function addUser(pool: Pool, name: string, role: TeamRole): Promise<string> {
  if (!NAME.test(name))
    throw new UserError(`"${name}" is not a user name (letters, digits, space . _ @ -; 100 at most)`)
  const exists = await pool.query('SELECT 1 FROM users WHERE name = $1', [name])
  if (exists.rowCount)
    throw new UserError(`User "${name}" exists already; \`shuyu team user token ${name}\` gives a new token`)
  const user = await pool.query('INSERT INTO users (name, role) VALUES ($1, $2) RETURNING id', [name, role])
  return issueToken(pool, user.rows[0].id)
}

async function userId(pool: Pool, name: string): Promise<number> {
  const row = await pool.query('SELECT id FROM users WHERE name = $1', [name])
  if (!row.rowCount) throw new UserError(`No user "${name}"`)
  return row.rows[0].id
}

/** Another token for an existing user (the old ones stay valid until revoked). */
export async function newToken(pool: Pool, name: string): Promise<string> {
  return issueToken(pool, await userId(pool, name))
}

async function issueToken(pool: Pool, id: number): Promise<string> {
  const secret = newSecret()
  const row = await pool.query('INSERT INTO tokens (user_id, hash) VALUES ($1, $2) RETURNING id', [
    id,
    await hashSecret(secret)
  ])
  return formatToken(row.rows[0].id, secret)
}

/** Revokes every token of a user; returns how many were live. Their workspaces keep their local changes. */
export async function revokeUser(pool: Pool, name: string): Promise<number> {
  const id = await userId(pool, name)
  const res = await pool.query('UPDATE tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [id])
  return res.rowCount ?? 0
}

export async function setRole(pool: Pool, name: string, role: TeamRole): Promise<void> {
  await pool.query('UPDATE users SET role = $2 WHERE id = $1', [await userId(pool, name), role])
}

export async function listUsers(pool: Pool): Promise<UserRow[]> {
  const rows = await pool.query(
    `SELECT u.name, u.role, u.created_at,
       (SELECT count(*)::int FROM tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL) AS tokens
     FROM users u ORDER BY u.name`
  )
  return rows.rows.map((r) => ({ name: r.name, role: r.role, createdAt: r.created_at.toISOString(), tokens: r.tokens }))
}
