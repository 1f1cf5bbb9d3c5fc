import type { Envelope } from './errors'

/**
 * What the Electron preload exposes as `window.api`, and nothing more. The renderer's typed client
 * wraps `call` with the method map of shared/api; this type only promises the envelope.
 */
export interface PreloadApi {
  call(method: string, input: unknown): Promise<Envelope<unknown>>
}
