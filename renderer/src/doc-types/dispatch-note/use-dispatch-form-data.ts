import { useEffect, useState } from 'react'
import type { DocumentView } from '../../../../shared/api'
import type { DispatchPrepareDto } from '../../../../shared/doc-types/dispatch-note/dispatch-note-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'

export type DispatchFormData = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; prepared: DispatchPrepareDto; editing: DocumentView | null }

/** The contract's lines with what is lacking and available, the customer's defaults, and the note being edited. */
export function useDispatchFormData(noteId: number | null, contractId: number | null): DispatchFormData {
  const [state, setState] = useState<DispatchFormData>({ kind: 'loading' })
  useEffect(() => {
    let live = true
    const load = async () => {
      const editing = noteId === null ? null : await call('documents.get', { id: noteId })
      const forContract = editing?.body.kind === 'dispatchNote' ? editing.body.contractId : contractId
      if (!forContract) throw new Error('请从已签订的销售合同页面开发货单')
      const prepared = await call('dispatchNotes.prepare', { contractId: forContract, ...(noteId ? { excludeNoteId: noteId } : {}) })
      if (live) setState({ kind: 'ready', prepared, editing })
    }
    load().catch((e: unknown) => live && setState({ kind: 'failed', message: errorText(e) }))
    return () => {
      live = false
    }
  }, [noteId, contractId])
  return state
}
