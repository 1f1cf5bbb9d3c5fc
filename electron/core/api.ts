import { adminHandlers } from './admin/admin-handlers'
import { chainHandlers } from './chains/chain-handlers'
import { authHandlers } from './auth/auth-handlers'
import { docTypeHandlers } from './doc-types/registry'
import { customersHandlers } from './customers/customers-handlers'
import { deputiesHandlers } from './deputies/deputies-handlers'
import { documentsHandlers } from './documents/documents-handlers'
import { exportHandlers } from './export/export-handlers'
import { ledgerHandlers } from './ledger/ledger-handlers'
import { policyHandlers } from './policy/policy-handlers'
import { queueHandlers } from './queue/queue-handlers'
import { receivablesHandlers } from './receivables/receivables-handlers'
import { stockHandlers } from './stock/stock-handlers'
import type { Handlers } from './router/call-context'
import { usersHandlers } from './users/users-handlers'

/**
 * The router's table: method name → handler. Input schemas and required roles live beside the
 * method names in shared/api; a method without a handler here is a compile error.
 */
export const handlers: Handlers = {
  ...authHandlers,
  ...adminHandlers,
  ...usersHandlers,
  ...queueHandlers,
  ...policyHandlers,
  ...customersHandlers,
  ...documentsHandlers,
  ...chainHandlers,
  ...deputiesHandlers,
  ...ledgerHandlers,
  ...exportHandlers,
  ...stockHandlers,
  ...receivablesHandlers,
  // Each document type's own methods, from its folder (electron/core/doc-types/registry.ts).
  ...docTypeHandlers(),
}
