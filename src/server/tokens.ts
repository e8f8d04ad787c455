/**
 * API tokens: `shuyu_<row id>_<secret>`. The secret is 32 random bytes; the database keeps only a slow scrypt
 * hash of it, so a copy of the database does not hand out working tokens. The row id lets the server check a
 * token with one hash instead of one per stored token.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }
const KEY_LENGTH = 32
const TOKEN = /^shuyu_(\d{1,15})_([A-Za-z0-9_-]{43})$/

function derive(secret: string, salt: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, KEY_LENGTH, SCRYPT, (error, key) => (error ? reject(error) : resolve(key)))
  )
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

export function formatToken(id: number, secret: string): string {
  return `shuyu_${id}_${secret}`
}

/** The row id and secret of a well-formed token, else null. */
export function parseToken(token: string): { id: number; secret: string } | null {
  const m = TOKEN.exec(token)
  return m ? { id: Number(m[1]), secret: m[2] } : null
}

/** `scrypt$N$r$p$salt$hash` (base64url), the format stored in tokens.hash. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(secret, salt)
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(
      secret,
      Buffer.from(salt, 'base64url'),
      expected.length,
      { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem },
      (error, k) => (error ? reject(error) : resolve(k))
    )
  )
  return key.length === expected.length && timingSafeEqual(key, expected)
}

/** A fast digest of a whole token, for the per-instance memory of tokens already verified. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}
