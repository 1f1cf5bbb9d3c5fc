import { authHandlers } from './auth/auth-handlers'
import { queueHandlers } from './queue/queue-handlers'
import type { Handlers } from './router/call-context'
import { usersHandlers } from './users/users-handlers'

/**
 * The router's table: method name → handler. Input schemas and required roles live beside the
 * method names in shared/api; a method without a handler here is a compile error.
 */
export const handlers: Handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...queueHandlers,
}
