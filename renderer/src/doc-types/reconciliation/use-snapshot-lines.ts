import { useEffect, useState } from 'react'
import type { ReconciliationLineDto } from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'

const PRINT_PAGE = 1000

/** Every row of a stored snapshot, page by page (the print needs them all; a month at ten years is a few thousand). */
export function useAllSnapshotLines(id: number | null, onlyDiffering: boolean): { lines: ReconciliationLineDto[] | null; error: string | null } {
  const [lines, setLines] = useState<ReconciliationLineDto[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (id === null) return
    let alive = true
    void (async () => {
      try {
        const all: ReconciliationLineDto[] = []
        for (let page = 1; ; page++) {
          const { rows, total } = await call('reconciliations.lines', { id, page, pageSize: PRINT_PAGE, onlyDiffering })
          all.push(...rows)
          if (all.length >= total || rows.length === 0) break
        }
        if (alive) setLines(all)
      } catch (caught) {
        if (alive) setError(errorText(caught))
      }
    })()
    return () => {
      alive = false
    }
  }, [id, onlyDiffering])
  return { lines, error }
}
