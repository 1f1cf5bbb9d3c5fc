import { creditProposalInput } from '../../api/customers'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'

export const creditChangeApi = {
  /** R2: sales or finance propose a credit change; the general manager approves it. Submitted at once. */
  'creditChanges.propose': method<DocumentView>()(creditProposalInput, ['sales_clerk', 'sales_manager', 'sales_head', 'finance'], 'write'),
} as const
