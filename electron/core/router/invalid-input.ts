import type { ZodError } from 'zod'
import { AppError } from '../../../shared/errors'

/** A zod failure as the user should read it: the first problem in the message, all of them by field. */
export function invalidInput(error: ZodError): AppError {
  const fields = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
  const first = fields[0]
  const message = first ? (first.path ? `${first.message}（${first.path}）` : first.message) : undefined
  return new AppError('INVALID_INPUT', message, { fields })
}
