import type { Envelope } from '../../shared/errors'

/**
 * What the preload exposes as `window.api`, and nothing more. The renderer's typed client wraps
 * `call` with the method map of shared/api; this type only promises the envelope (shared/errors.ts).
 * Types only: no 'electron' import, so the renderer may reference it.
 */
export interface PreloadApi {
  call(method: string, input: unknown): Promise<Envelope<unknown>>
}
