import type { Database } from '../db/database'
import { expireDispatchNotes } from '../doc-types/dispatch-note/dispatch-validity'
import { shanghaiToday } from '../policy/shanghai-day'

/**
 * The office's daily work beside the daily backup (open-workstation.ts): run once at start-up and again at
 * the first hourly check of each new day (Shanghai). Today: R8's expiry, dispatch notes past their validity
 * filed as 已过期 (their reservation ends, the warehouse's 出库 task closes). The validity is decided from
 * the date at read and at posting whatever the state says; this run files it so lists and queues agree.
 * Runs one at a time; a day whose run failed is tried again at the next check.
 */
export function dailyWork(db: Database, now: () => Date): { run(): Promise<number>; settled(): Promise<void> } {
  let doneFor: string | null = null
  let running: Promise<number> = Promise.resolve(0)
  const runOnce = async (): Promise<number> => {
    const at = now()
    const today = shanghaiToday(at)
    if (doneFor === today) return 0
    // Never before the file has passed its check (as the backup): a damaged file is not written to.
    await db.fileVerified()
    const expired = await db.transaction((em) => expireDispatchNotes(em, today, { at }))
    doneFor = today
    return expired
  }
  return {
    run() {
      running = running.catch(() => 0).then(runOnce)
      return running
    },
    /** The run under way (if any) has finished: closing waits for it. */
    async settled() {
      await running.catch(() => undefined)
    },
  }
}
