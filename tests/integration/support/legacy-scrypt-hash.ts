import { randomBytes, scrypt } from 'node:crypto'

/** A password hash as the workstation stored it before Argon2id (scrypt$N$r$p$salt$key): the upgrade's tests. */
export function legacyScryptHash(password: string, params = { N: 2 ** 15, r: 8, p: 1 }): Promise<string> {
  const salt = randomBytes(16)
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r }, (err, key) =>
      err ? reject(err) : resolve(['scrypt', params.N, params.r, params.p, salt.toString('base64'), key.toString('base64')].join('$')),
    ),
  )
}
