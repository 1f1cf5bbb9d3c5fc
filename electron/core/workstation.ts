import type { Envelope } from '../../shared/errors'

/**
 * What a transport (Electron IPC, the HTTP host) sees of the core. The session token never reaches
 * renderer code: the transport keeps it (per window in Electron, in an HttpOnly cookie in the host)
 * and applies `session` after each call.
 */
export interface DispatchResult {
  envelope: Envelope<unknown>
  /** Set after a successful login or setup (a new token), or logout / expiry (clear it). */
  session?: { token: string } | { clear: true }
}

export interface Workstation {
  dispatch(method: unknown, input: unknown, sessionToken: string | null): Promise<DispatchResult>
  close(): Promise<void>
}

export interface WorkstationOptions {
  /** The embedded default: one SQLite file. */
  sqlitePath?: string
  /** Offices with several workstations: postgres://user:pass@host/db */
  postgresUrl?: string
  /** Where the automatic backups go (before each migration, daily). Defaults beside the SQLite file. */
  backupDir?: string
  /**
   * The daily work (daily/daily-work.ts: R8's expiry) at start-up and on the day's change; on unless false.
   * The benchmark turns it off: it measures a generated office as it was made, whatever today's date is.
   */
  dailyWork?: boolean
  /** Injected for tests (frozen clock). */
  now?: () => Date
}
