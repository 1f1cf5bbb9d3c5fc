import type { InputOf, MethodName, ResultOf } from '../../../shared/api'
import type { RoleKey } from '../../../shared/roles'
import type { OpenedWorkstation } from '../../../electron/core/open-workstation'
import { MINUTE } from '../calendar'
import type { Random } from '../random'
import { SEED_PASSWORD } from '../roster'

// The demo drives the real router, as the renderer would: a person signs in, acts, and their
// session lapses after 30 idle minutes of the demo's own clock, so each sitting starts with a login.

/** The demo's clock, injected into openWorkstation: it only moves forward, a few minutes per click. */
export class DemoClock {
  constructor(public ms: number) {}

  readonly now = (): Date => new Date(this.ms)

  /** Moves to `ms` unless the clock is already past it (sittings queue behind each other). */
  atLeast(ms: number): void {
    this.ms = Math.max(this.ms, ms)
  }

  pass(random: Random, minMinutes = 1, maxMinutes = 4): void {
    this.ms += random.int(minMinutes * 60, maxMinutes * 60) * 1000
  }
}

export class DemoPerson {
  id = 0
  private token: string | null = null
  private lastActive = -Infinity

  constructor(
    readonly login: string,
    readonly name: string,
    readonly roles: RoleKey[],
    private readonly ws: () => OpenedWorkstation,
    private readonly clock: DemoClock,
    private readonly random: Random,
    private password = SEED_PASSWORD,
  ) {}

  holds(role: RoleKey): boolean {
    return this.roles.includes(role)
  }

  /** One call through the router, as this person; a refusal is a bug in the demo script and stops it. */
  async call<K extends MethodName>(method: K, input: InputOf<K>): Promise<ResultOf<K>> {
    if (method !== 'auth.login' && method !== 'system.setup' && this.clock.ms - this.lastActive > 25 * MINUTE) await this.signIn()
    this.clock.pass(this.random)
    const { envelope, session } = await this.ws().dispatch(method, input, this.token)
    if (session) this.token = 'token' in session ? session.token : null
    if (!envelope.ok) throw new Error(`demo: ${this.login} ${method} refused: ${envelope.error.code} ${envelope.error.message}`)
    this.lastActive = this.clock.ms
    return envelope.data as ResultOf<K>
  }

  async signIn(): Promise<void> {
    const me = await this.call('auth.login', { login: this.login, password: this.password })
    this.id = me.id
  }

  /** First login with the administrator's initial password, then the shared demo password (auth.changePassword). */
  async chooseOwnPassword(initial: string): Promise<void> {
    this.password = initial
    await this.signIn()
    await this.call('auth.changePassword', { oldPassword: initial, newPassword: SEED_PASSWORD })
    this.password = SEED_PASSWORD
  }

  /** system.setup signs the first administrator in. */
  async setUp(companyName: string): Promise<void> {
    const me = await this.call('system.setup', { companyName, adminName: this.name, adminLogin: this.login, adminPassword: SEED_PASSWORD })
    this.id = me.id
  }
}
