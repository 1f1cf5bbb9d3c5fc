import { parseArgs } from 'node:util'
import { isCalendarDay } from '../../shared/dates'

// `npm run seed -- …`: a bulk office (default) or a demo workstation (--demo).

/** The bulk calendar ends here unless --until says otherwise: a fixed day, so a seed always gives the same office. */
export const DEFAULT_UNTIL = '2026-11-20'

export type SeedOptions =
  | { mode: 'bulk'; years: number; scale: number; seed: number; out: string; until: string; force: boolean }
  | { mode: 'demo'; seed: number; out: string; until: string; months: number }
  | { mode: 'help' }

export const USAGE = `npm run seed -- [options]

  bulk (default): a decade of an office, written in bulk, checked for integrity
    --years N        calendar length (default 10)
    --scale S        1 = ~2,000 customers and 5,000 contracts a year; 10 = ten times that (default 1)
    --seed N         random seed (default 42): the same seed gives the same office
    --until DAY      last day of the calendar, YYYY-MM-DD (default ${DEFAULT_UNTIL})
    --out FILE       default .data/bench/office-<years>y-s<scale>.sqlite
    --force          replace an existing file

  --demo: a fresh workstation with a few months of data made through the real services
    --out FILE       default .data/backoffice.sqlite (refused if it already has users)
    --months N       how much history (default 3)
    --until DAY      the last day of the history (default: today in Shanghai)
    --seed N         random seed (default 42)
`

function number(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`--${name} must be a number from ${min} to ${max}, got "${text}"`)
  return value
}

function day(text: string | undefined, fallback: string): string {
  const value = text ?? fallback
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDay(value)) throw new Error(`--until must be a day YYYY-MM-DD, got "${value}"`)
  return value
}

/** Today in Shanghai: the demo's history ends on the day it is made, so its queues look current. */
function shanghaiToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
}

export function parseSeedOptions(argv: string[]): SeedOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      years: { type: 'string' }, scale: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, until: { type: 'string' },
      months: { type: 'string' }, force: { type: 'boolean' }, demo: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  })
  if (values.help) return { mode: 'help' }
  const seed = Math.trunc(number('seed', values.seed, 42, 0, 2 ** 31 - 1))
  if (values.demo) {
    if (values.years || values.scale || values.force) throw new Error('--demo takes --out, --months, --until and --seed only')
    return { mode: 'demo', seed, out: values.out ?? '.data/backoffice.sqlite', until: day(values.until, shanghaiToday()), months: Math.trunc(number('months', values.months, 3, 1, 12)) }
  }
  if (values.months) throw new Error('--months belongs to --demo')
  const years = Math.trunc(number('years', values.years, 10, 1, 30))
  const scale = number('scale', values.scale, 1, 0.01, 15)
  return {
    mode: 'bulk', years, scale, seed, until: day(values.until, DEFAULT_UNTIL), force: values.force ?? false,
    out: values.out ?? `.data/bench/office-${years}y-s${scale}.sqlite`,
  }
}
