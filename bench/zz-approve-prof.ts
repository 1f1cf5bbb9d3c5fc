import { copyFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { openWorkstation } from '../electron/core/open-workstation'
import { pendingApprovals } from '../bench/office-fixture'

async function main() {
  const file = '/tmp/speedprobe/office.sqlite'
  copyFileSync('/work/wt-speed/.data/bench/office-10y-s1.sqlite', file)
  const ws = await openWorkstation({ sqlitePath: file, backupDir: '/tmp/speedprobe/backups' })
  await ws.database.settled()
  const approvals = await pendingApprovals(ws, 300)
  const times: number[] = []
  for (const a of approvals) {
    const t = performance.now()
    const { envelope } = await ws.dispatch('documents.act', { id: a.documentId, version: a.version, action: 'approve' }, a.token)
    times.push(performance.now() - t)
    if (!envelope.ok) throw new Error(JSON.stringify(envelope.error))
  }
  const s = times.slice(50).sort((x, y) => x - y)
  console.log('n', s.length, 'median', s[Math.floor(s.length / 2)]!.toFixed(2), 'p95', s[Math.floor(s.length * 0.95)]!.toFixed(2))
  await ws.close()
}
void main()
