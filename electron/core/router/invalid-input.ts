import type { ZodError } from 'zod'
import { AppError, type ErrorCode } from '../../../shared/errors'

/**
 * A zod failure as the user should read it: the first problem in the message, all of them by field.
 * A schema may name a rule's own code on its issue (`params: { code }`, e.g. a malformed invoice number,
 * R15); the refusal then carries that code instead of INVALID_INPUT.
 */
export function invalidInput(error: ZodError): AppError {
  const fields = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
  const first = fields[0]
  const message = first ? (first.path ? `${first.message}（${first.path}）` : first.message) : undefined
  const coded = error.issues.map((i) => (i.code === 'custom' ? (i.params as { code?: ErrorCode } | undefined)?.code : undefined)).find(Boolean)
  return new AppError(coded ?? 'INVALID_INPUT', message, { fields })
}
