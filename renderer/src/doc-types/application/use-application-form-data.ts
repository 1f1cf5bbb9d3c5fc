import { useCallback, useEffect, useState } from 'react'
import type { DocumentView, PriceListDto } from '../../../../shared/api'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'

export type FormData =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  /** policy null: no price list in force yet (R1) — the form explains what to do instead of failing on save. */
  | { kind: 'ready'; policy: PriceListDto | null; editing: DocumentView | null }

/** The policy in force (products and prices come from it, R1) and, when editing, the saved application. */
export function useApplicationFormData(id: number | null) {
  const [data, setData] = useState<FormData>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let stale = false
    // A reload keeps the form on screen (and what the user typed) until the new answer arrives.
    setData((d) => (d.kind === 'ready' ? d : { kind: 'loading' }))
    Promise.all([call('priceLists.inForce', {}), id === null ? Promise.resolve(null) : call('documents.get', { id })])
      .then(([policy, editing]) => stale || setData({ kind: 'ready', policy, editing }))
      .catch((error: unknown) => stale || setData({ kind: 'failed', message: errorText(error) }))
    return () => {
      stale = true
    }
  }, [id, attempt])

  const reload = useCallback(() => setAttempt((n) => n + 1), [])
  return { data, reload }
}
