import { existsSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { generateBulkOffice } from './bulk/generate-bulk-office'
import { generateDemoOffice } from './demo/generate-demo-office'
import { parseSeedOptions, USAGE } from './options'
import { SEED_PASSWORD } from './roster'
import { formatSummary } from './summary'

// `npm run seed -- --years 10 --scale 1` (bulk) or `npm run seed -- --demo`. Exits non-zero when the
// generated database breaks an integrity rule, so a generator bug can never pass quietly.

async function main(): Promise<number> {
  const options = parseSeedOptions(process.argv.slice(2))
  if (options.mode === 'help') {
    console.log(USAGE)
    return 0
  }
  const out = resolve(options.out)
  if (options.mode === 'bulk') {
    if (existsSync(out)) {
      if (!options.force) {
        console.error(`${out} exists; add --force to replace it`)
        return 2
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(out + suffix, { force: true })
    }
    console.log(`seed ${options.seed}: ${options.years} years at scale ${options.scale} → ${out}`)
    const summary = await generateBulkOffice({ ...options, out, log: (line) => console.log(line) })
    console.log(formatSummary(summary))
    console.log(`every generated person signs in with the password ${SEED_PASSWORD} (e.g. wangjh, the general manager)`)
    return summary.integrity.ok ? 0 : 1
  }
  console.log(`demo seed ${options.seed}: ${options.months} months up to ${options.until} → ${out}`)
  const demo = await generateDemoOffice({ ...options, out, log: (line) => console.log(line) })
  console.log(formatSummary(demo.summary))
  console.log(`\nlogins (password ${SEED_PASSWORD} for everyone):`)
  for (const person of demo.logins) console.log(`  ${person.login.padEnd(10)} ${person.name}  ${person.roles}  待办 ${person.todo}`)
  return demo.summary.integrity.ok ? 0 : 1
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    if (error instanceof Error && !/^--|exists|refuse|already/.test(error.message)) console.error(error.stack)
    process.exitCode = 1
  },
)
