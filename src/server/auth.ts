import { type TeamRole } from '../shared/team-protocol'
import type { Pool } from './db'
import { HttpError } from './errors'
import { parseToken, tokenDigest, verifySecret } from './tokens'

export interface Caller {
  userId: number
  name: string
  role: TeamRole
}

/**
 * Tokens this instance has already hashed (token digest → token row): scrypt takes tens of milliseconds by
 * design, too slow for every request. Only a speed-up: revocation and role are read from the database on
 * every request, so an instance never acts on what only its memory knows.
 */
export class VerifiedTokens {
  private readonly known = new Map<string, number>()

  has(digest: string, tokenId: number): boolean {
    return this.known.get(digest) === tokenId
  }

  add(digest: string, tokenId: number): void {
    if (this.known.size >= 10_000) this.known.clear()
    this.known.set(digest, tokenId)
  }
}

export async function authenticate(pool: Pool, header: string | undefined, verified: VerifiedTokens): Promise<Caller> {
  if (!header || !/^Bearer\s+/i.test(header)) {
    throw new HttpError('unauthorized', 'This request carries no API token (Authorization: Bearer <token>)')
  }
  const token = header.replace(/^Bearer\s+/i, '').trim()
  const parsed = parseToken(token)
  const wrong = new HttpError('unauthorized', 'The API token is not valid for this team server')
  if (!parsed) throw wrong
  const row = (
    await pool.query(
      `SELECT t.hash, t.revoked_at, u.id AS user_id, u.name, u.role
       FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.id = $1`,
      [parsed.id]
    )
  ).rows[0] as { hash: string; revoked_at: Date | null; user_id: number; name: string; role: TeamRole } | undefined
  if (!row) throw wrong
  const digest = tokenDigest(token)
  if (!verified.has(digest, parsed.id)) {
    if (!(await verifySecret(parsed.secret, row.hash))) throw wrong
    verified.add(digest, parsed.id)
  }
  // Said only to the holder of the right secret.
  if (row.revoked_at) {
    throw new HttpError('revoked', `This API token (user ${row.name}) was revoked on ${row.revoked_at.toISOString()}`)
  }
  return { userId: row.user_id, name: row.name, role: row.role }
}

export function requireRole(caller: Caller, roles: readonly TeamRole[], doing: string): void {
  if (!roles.includes(caller.role)) {
    throw new HttpError('forbidden', `${caller.name} is a ${caller.role} and cannot ${doing}`)
  }
}
