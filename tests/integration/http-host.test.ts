import { mkdtempSync } from 'node:fs'
import { request, type Server } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_BODY, startHttpHost } from '../../electron/host/http-host'
import { openTestOffice, type TestOffice } from './support/test-workstation'

// The real host (npm run web, e2e) on a real port, over a real SQLite office.

let office: TestOffice
let server: Server
let url: string

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** A body sent chunked (no Content-Length), as a streaming client would. */
function postChunked(body: Buffer): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }))
    })
    req.on('error', reject)
    for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024))
    req.end()
  })
}

const TOO_LARGE = {
  ok: false,
  error: { code: 'REQUEST_TOO_LARGE', message: '请求过大（上限 1 MiB），请减少一次提交的内容', details: { maxBytes: 1024 * 1024 } },
}

/** A syntactically valid call whose JSON text is exactly `bytes` long. */
function callOfSize(bytes: number): string {
  const head = '{"method":"auth.me","input":{},"pad":"'
  return `${head}${'x'.repeat(bytes - head.length - 2)}"}`
}

beforeAll(async () => {
  office = await openTestOffice()
  const port = await freePort()
  server = await startHttpHost(office.ws, mkdtempSync(join(tmpdir(), 'backoffice-renderer-')), port)
  url = `http://127.0.0.1:${port}/api/call`
}, 60_000)
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await office.close()
})

describe('the host’s body limit', () => {
  it('answers a body over the limit 413 REQUEST_TOO_LARGE, naming the limit', async () => {
    expect(MAX_BODY).toBe(1024 * 1024)
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: callOfSize(MAX_BODY + 1) })
    expect(response.status).toBe(413)
    expect(await response.json()).toEqual(TOO_LARGE)
  })

  it('answers the same to a chunked body without a Content-Length', async () => {
    expect(await postChunked(Buffer.from(callOfSize(3 * MAX_BODY)))).toEqual({ status: 413, json: TOO_LARGE })
  })

  it('reads a body of exactly the limit', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: callOfSize(MAX_BODY) })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ ok: true, data: null })
  })

  it('still answers a body that is not JSON 400 INVALID_INPUT', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' })
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '请求格式不正确' } })
  })
})
