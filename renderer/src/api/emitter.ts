/** A tiny typed event emitter: enough for "data changed" and "session lost" without a state library. */
export function createEmitter<T>() {
  const listeners = new Set<(value: T) => void>()
  return {
    /** Returns the unsubscribe function, so it can be returned from a React effect. */
    subscribe(listener: (value: T) => void): () => void {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    emit(value: T): void {
      // Copy first: a listener may unsubscribe itself while we iterate.
      for (const listener of [...listeners]) listener(value)
    },
  }
}
