import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '../../electron/core/auth/password-hash'

describe('password hashing (scrypt, per-user salt)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('Secret123')
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(await verifyPassword('Secret123', hash)).toBe(true)
    expect(await verifyPassword('secret123', hash)).toBe(false)
    expect(await verifyPassword('', hash)).toBe(false)
  })

  it('salts every hash, so the same password never hashes the same twice', async () => {
    const [a, b] = await Promise.all([hashPassword('Secret123'), hashPassword('Secret123')])
    expect(a).not.toBe(b)
  })

  it('treats full-width and half-width input alike (NFKC), as a Chinese IME may type either', async () => {
    expect(await verifyPassword('Ｓｅｃｒｅｔ１２３', await hashPassword('Secret123'))).toBe(true)
  })

  it.each(['', 'plain', 'scrypt$1$2', 'bcrypt$10$8$1$c2FsdA==$a2V5', 'scrypt$x$8$1$c2FsdA==$a2V5'])('refuses a malformed stored hash %j', async (stored) => {
    expect(await verifyPassword('Secret123', stored).catch(() => false)).toBe(false)
  })
})
