// Prints one closing line, "N passed, N failed", from the JSON reports of vitest and Playwright,
// so CI can read the outcome of a run whose runners it does not parse itself.
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
let reports = 0

// vitest.json: unit, integration (SQLite) and renderer tests; vitest-pg.json: the integration suite again on PostgreSQL.
for (const file of ['test-reports/vitest.json', 'test-reports/vitest-pg.json']) {
  if (!existsSync(file)) continue
  const r = JSON.parse(readFileSync(file, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  skipped += r.numPendingTests + r.numTodoTests
  reports++
}
if (existsSync('test-reports/e2e.json')) {
  const s = JSON.parse(readFileSync('test-reports/e2e.json', 'utf8')).stats
  passed += s.expected + s.flaky
  failed += s.unexpected
  skipped += s.skipped
  reports++
}
if (reports < 3) {
  console.log(`expected three reports (vitest on SQLite, vitest on PostgreSQL, Playwright), found ${reports}`)
  if (reports === 0) process.exit(1)
}
if (reports === 0) {
  console.log('no test reports found')
  process.exit(1)
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
