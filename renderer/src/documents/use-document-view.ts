import { useCallback, useEffect, useState } from 'react'
import type { DocumentView } from '../../../shared/api'
import { call } from '../api/client'
import { errorText } from '../api/error-text'

interface ViewState {
  view: DocumentView | null
  /** A failed load (not found, no right to see it, core unreachable). */
  error: string | null
  loading: boolean
}

/**
 * One document as the core shows it to this user. `replace` takes the view an action answered, so the
 * page re-renders from the core's word (new state, version, chain, trail, actions) without a second read.
 */
export function useDocumentView(id: number | null) {
  const [state, setState] = useState<ViewState>({ view: null, error: null, loading: true })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (id === null) {
      setState({ view: null, error: '单据编号不正确', loading: false })
      return
    }
    let stale = false
    setState((s) => ({ ...s, loading: true }))
    call('documents.get', { id })
      .then((view) => stale || setState({ view, error: null, loading: false }))
      .catch((error: unknown) => stale || setState({ view: null, error: errorText(error), loading: false }))
    return () => {
      stale = true // leaving for another document: its answer must not land on this one
    }
  }, [id, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  const replace = useCallback((view: DocumentView) => setState({ view, error: null, loading: false }), [])
  return { ...state, reload, replace }
}

/** Route parameter → positive integer id, or null for anything else ("abc", "0", "1.5"). */
export function parseId(param: string | undefined): number | null {
  if (!param || !/^\d{1,15}$/.test(param)) return null
  const id = Number(param)
  return id > 0 ? id : null
}
