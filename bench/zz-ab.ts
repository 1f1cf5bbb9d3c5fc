import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { SEED_PASSWORD } from '../scripts/seed/roster'
import { findBrowser } from '../tests/e2e/support/find-browser'
import { firstPaintSamples } from './browser/queue-measures'

const ROOT = join(__dirname, '..')
async function host(variant: string, port: number) {
  const child = spawn(process.execPath, [join(ROOT, `.data/ab/out-${variant}/main/host.js`)], {
    cwd: ROOT, env: { ...process.env, BACKOFFICE_PORT: String(port), BACKOFFICE_DATA_DIR: join(ROOT, `.data/ab/data-${variant}`), BACKOFFICE_DB: join(ROOT, `.data/ab/office-${variant}.sqlite`), BACKOFFICE_PG_URL: '' }, stdio: 'ignore',
  })
  const url = `http://127.0.0.1:${port}/`
  for (;;) { if (await fetch(url).then((r) => r.ok, () => false)) break; await new Promise((r) => setTimeout(r, 250)) }
  return { url, stop: () => child.kill('SIGTERM') }
}
async function main() {
  const variants = process.argv.slice(2, -1)
  const rounds = Number(process.argv.at(-1))
  const hosts = await Promise.all(variants.map((v, i) => host(v, 5302 + i)))
  const browser = await chromium.launch({ executablePath: findBrowser() })
  const samples: number[][] = variants.map(() => [])
  try {
    for (let r = 0; r < rounds; r++)
      for (let i = 0; i < variants.length; i++) samples[i]!.push(...(await firstPaintSamples(browser, hosts[i]!.url, { login: 'wangjh', password: SEED_PASSWORD }, { width: 1920, height: 1080 }, 1)).samples)
  } finally {
    await browser.close()
    hosts.forEach((h) => h.stop())
  }
  variants.forEach((v, i) => {
    const s = [...samples[i]!].sort((a, b) => a - b)
    console.log(v, 'n', s.length, 'median', s[Math.floor(s.length / 2)]!.toFixed(1), 'p95', s[Math.ceil(s.length * 0.95) - 1]!.toFixed(1), 'min', s[0]!.toFixed(1))
  })
}
void main()
