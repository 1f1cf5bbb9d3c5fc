import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readStaticFile } from '../../electron/host/static-files'

const root = mkdtempSync(join(tmpdir(), 'static-'))
mkdirSync(join(root, 'assets'))
writeFileSync(join(root, 'index.html'), '<!doctype html>')
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
writeFileSync(join(tmpdir(), 'secret.txt'), 'not yours')

describe('the host serves only the built renderer', () => {
  it('serves index.html for / and files with their types', async () => {
    expect((await readStaticFile(root, '/'))?.type).toBe('text/html; charset=utf-8')
    expect((await readStaticFile(root, '/assets/app.js?v=1'))?.type).toBe('text/javascript; charset=utf-8')
  })

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets%2f..%2f..%2fsecret.txt', '/%E0%A4%A', '/assets'])(
    'refuses %s',
    async (path) => {
      expect(await readStaticFile(root, path)).toBeNull()
    },
  )
})
