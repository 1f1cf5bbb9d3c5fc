import { useEffect, useState } from 'react'
import type { DocumentView } from '../../../../shared/api'
import type { WorkOrderPrepareDto } from '../../../../shared/doc-types/work-order/work-order-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'

export type WorkOrderFormData = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; prepared: WorkOrderPrepareDto; editing: DocumentView | null }

/** The contract's installable lines, the site defaults and the first payment, and the work order being edited. */
export function useWorkOrderFormData(orderId: number | null, contractId: number | null): WorkOrderFormData {
  const [state, setState] = useState<WorkOrderFormData>({ kind: 'loading' })
  useEffect(() => {
    let live = true
    const load = async () => {
      const editing = orderId === null ? null : await call('documents.get', { id: orderId })
      const forContract = editing?.body.kind === 'workOrder' ? editing.body.contractId : contractId
      if (!forContract) throw new Error('请从已发货、需要安装的销售合同页面开派工单')
      const prepared = await call('workOrders.prepare', { contractId: forContract, ...(orderId ? { excludeOrderId: orderId } : {}) })
      if (live) setState({ kind: 'ready', prepared, editing })
    }
    load().catch((e: unknown) => live && setState({ kind: 'failed', message: errorText(e) }))
    return () => {
      live = false
    }
  }, [orderId, contractId])
  return state
}
