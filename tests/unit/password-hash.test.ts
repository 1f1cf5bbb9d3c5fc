import { describe, expect, it } from 'vitest'
import { hashPassword, needsRehash, verifyPassword } from '../../electron/core/auth/password-hash'
import { legacyScryptHash } from '../integration/support/legacy-scrypt-hash'

describe('password hashing (Argon2id, per-user salt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Secret123')
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/)
    expect(await verifyPassword('Secret123', hash)).toBe(true)
    expect(await verifyPassword('secret123', hash)).toBe(false)
    expect(await verifyPassword('', hash)).toBe(false)
    expect(needsRehash(hash)).toBe(false)
  })

  it('salts every hash, so the same password never hashes the same twice', async () => {
    const [a, b] = await Promise.all([hashPassword('Secret123'), hashPassword('Secret123')])
    expect(a).not.toBe(b)
  })

  it('treats full-width and half-width input alike (NFKC), as a Chinese IME may type either', async () => {
    expect(await verifyPassword('Ｓｅｃｒｅｔ１２３', await hashPassword('Secret123'))).toBe(true)
  })

  it('still verifies a hash stored under scrypt before, and marks it for replacement', async () => {
    const legacy = await legacyScryptHash('Secret123')
    expect(await verifyPassword('Secret123', legacy)).toBe(true)
    expect(await verifyPassword('Ｓｅｃｒｅｔ１２３', legacy)).toBe(true)
    expect(await verifyPassword('Secret124', legacy)).toBe(false)
    expect(needsRehash(legacy)).toBe(true)
  })

  it('marks an Argon2id hash of weaker parameters for replacement', () => {
    expect(needsRehash('$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U')).toBe(true)
  })

  it.each(['', 'plain', 'scrypt$1$2', 'bcrypt$10$8$1$c2FsdA==$a2V5', 'scrypt$x$8$1$c2FsdA==$a2V5', '$argon2id$v=19$broken', '$argon2i$v=19$m=19456,t=2,p=1$c2FsdA$a2V5'])('refuses a malformed stored hash %j', async (stored) => {
    expect(await verifyPassword('Secret123', stored).catch(() => false)).toBe(false)
  })
})
