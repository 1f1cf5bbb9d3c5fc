import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * A page loaded when first shown, from a module that exports it by name. Issue 10: the renderer was one
 * 1.65 MB chunk that the login had to parse before the queue could paint; what the first screen (登录,
 * then 待办) does not show is its own chunk, fetched on the way to it (app-root.tsx, doc-types/*-ui.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function lazyNamed<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }))
}
