import { scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'
import { hash as argon2Hash, verify as argon2Verify, type Algorithm } from '@node-rs/argon2'

// Argon2id, OWASP's first choice, at its recommended minimum m=19 MiB, t=2, p=1 (Password Storage Cheat
// Sheet). It replaced scrypt N=2^15, r=8, p=1 — a third of OWASP's scrypt minimum (p=3 at that N) — and
// checks a password in ≈40 ms where that scrypt took 130–250 ms on a two-core desk: the check is on the
// way from 登录 to the painted 待办 (issue 10). The stored string is the PHC form
// ($argon2id$v=19$m=…,t=…,p=…$salt$hash): its parameters travel with it, so they can be raised later.
// Hashes made before keep verifying with their own scheme and are replaced at the next good login
// (needsRehash, login.ts).
const ARGON2ID = 2 as Algorithm // Algorithm.Argon2id: a const enum, not readable under isolatedModules
const PARAMS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const
const CURRENT = `$argon2id$v=19$m=${PARAMS.memoryCost},t=${PARAMS.timeCost},p=${PARAMS.parallelism}$`

// A Chinese IME may type full-width characters: Ｓｅｃｒｅｔ and Secret are the same password.
const normal = (password: string) => password.normalize('NFKC')

export function hashPassword(password: string): Promise<string> {
  return argon2Hash(normal(password), { ...PARAMS, algorithm: ARGON2ID })
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (stored.startsWith('$argon2id$')) return argon2Verify(stored, normal(password)).catch(() => false)
  if (stored.startsWith('scrypt$')) return verifyScrypt(password, stored)
  return false
}

/** True for a hash of an older scheme or weaker parameters: the next good login stores a new one. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(CURRENT)
}

/** Spends the same time as a real check, so an unknown login cannot be told from a wrong password. */
let decoy: Promise<string> | null = null
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword('decoy-password-0')
  await verifyPassword(password, await decoy)
  return false
}

/** The first hash of a process allocates its memory pool: done at start, not at someone's first 登录. */
export function warmUpPasswordHash(): void {
  void verifyAgainstDecoy('warm-up')
}

// scrypt$N$r$p$salt$key, as stored before Argon2id (kept only to verify, then replaced).
function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, key] = stored.split('$')
  if (!n || !r || !p || !salt || !key) return Promise.resolve(false)
  const params = { N: Number(n), r: Number(r), p: Number(p) }
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r }
  const expected = Buffer.from(key, 'base64')
  return new Promise((resolve) =>
    scrypt(normal(password), Buffer.from(salt, 'base64'), expected.length, options, (err, actual) =>
      resolve(!err && actual.length === expected.length && timingSafeEqual(actual, expected)),
    ),
  )
}

