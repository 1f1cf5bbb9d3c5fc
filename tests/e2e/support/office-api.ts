import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test'
import type { InputOf, MethodName, ResultOf } from '../../../shared/api'
import type { Envelope } from '../../../shared/errors'

/**
 * The host's API (POST /api/call) with its own cookie jar, for SETUP ONLY: the office a story starts from
 * (company, users, products, policy, customers). Every step the story is about is clicked in the UI.
 * Typed from shared/api like the renderer's `call`, so a changed method breaks here at compile time.
 */
export class OfficeApi {
  private constructor(private readonly request: APIRequestContext) {}

  static async open(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string): Promise<OfficeApi> {
    return new OfficeApi(await playwright.request.newContext({ baseURL }))
  }

  async call<K extends MethodName>(method: K, input: InputOf<K>): Promise<ResultOf<K>> {
    const response = await this.request.post('api/call', { data: { method, input } })
    if (!response.ok()) throw new Error(`${method}: HTTP ${response.status()}`)
    const envelope = (await response.json()) as Envelope<ResultOf<K>>
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message} ${JSON.stringify(envelope.error.details ?? '')}`)
    return envelope.data
  }

  async signIn(login: string, password: string): Promise<void> {
    await this.call('auth.login', { login, password })
  }

  async signOut(): Promise<void> {
    await this.call('auth.logout', {})
  }

  async close(): Promise<void> {
    await this.request.dispose()
  }
}

/** Today's calendar day in Asia/Shanghai (the core's day for policies and the browser's in these tests). */
export function shanghaiDay(offsetDays = 0): string {
  const at = new Date(Date.now() + offsetDays * 86_400_000)
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
}
