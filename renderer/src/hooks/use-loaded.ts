import { useCallback, useEffect, useRef, useState } from 'react'
import type { MethodName } from '../../../shared/api'
import { onDataChanged } from '../api/client'
import { errorText } from '../api/error-text'

/** What a page shows of one question to the core: the answer, whether a newer one is on its way, the refusal. */
export interface Loaded<T> {
  /** The latest answer; kept while a newer question loads, so a list never blinks empty under its spinner. */
  data: T | undefined
  /** The answer to the current question has not arrived yet (and has not failed). */
  loading: boolean
  /** The Chinese message of the current question's failure, else null. */
  error: string | null
  /** Asks the same question again (刷新, 重试). */
  reload(): void
}

interface Answer<T> {
  key: string
  data: T | undefined
  error: string | null
}

/**
 * The list pages' load / loading / error block, once. `question` names what `load` asks (filters,
 * page, id): when it changes, the question is asked again, and an older, slower answer never overwrites
 * a newer one. `refreshOn` says which successful writes (api/client's onDataChanged) make the answer
 * stale; the page then asks again by itself.
 */
export function useLoaded<T>(question: string, load: () => Promise<T>, refreshOn?: (method: MethodName) => boolean): Loaded<T> {
  const [version, setVersion] = useState(0)
  const [answer, setAnswer] = useState<Answer<T>>({ key: '', data: undefined, error: null })
  const key = `${version}|${question}`
  // The latest closures, so callers need not memoise them; the question alone decides when to ask.
  const loadRef = useRef(load)
  const refreshRef = useRef(refreshOn)
  useEffect(() => {
    loadRef.current = load
    refreshRef.current = refreshOn
  })

  useEffect(() => {
    let stale = false
    loadRef
      .current()
      .then((data) => stale || setAnswer({ key, data, error: null }))
      .catch((caught: unknown) => stale || setAnswer((last) => ({ key, data: last.data, error: errorText(caught) })))
    return () => {
      stale = true // an older, slower answer must not overwrite a newer one
    }
  }, [key])

  useEffect(() => onDataChanged((method) => refreshRef.current?.(method) === true && setVersion((v) => v + 1)), [])

  const reload = useCallback(() => setVersion((v) => v + 1), [])
  const current = answer.key === key
  return { data: answer.data, loading: !current, error: current ? answer.error : null, reload }
}
