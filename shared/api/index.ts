import type { z } from 'zod'
import { DOC_TYPE_APIS } from '../doc-types'
import { adminApi } from './admin'
import { authApi } from './auth'
import { customersApi } from './customers'
import { deputiesApi } from './deputies'
import { documentsApi } from './documents'
import { exportsApi } from './exports'
import { ledgerApi } from './ledger'
import { policyApi } from './policy'
import type { MethodDef } from './define'
import { queueApi } from './queue'
import { receivablesApi } from './receivables'
import { stockApi } from './stock'
import { usersApi } from './users'
import { workflowApi } from './workflow'

/** Every method of the workstation, `area.verb` → { input schema, access, kind }; each document type brings its own. */
export const api = {
  ...authApi,
  ...adminApi,
  ...usersApi,
  ...queueApi,
  ...policyApi,
  ...customersApi,
  ...documentsApi,
  ...workflowApi,
  ...deputiesApi,
  ...ledgerApi,
  ...exportsApi,
  ...stockApi,
  ...receivablesApi,
  ...DOC_TYPE_APIS,
} as const

export type Api = typeof api
export type MethodName = keyof Api
export type InputOf<K extends MethodName> = z.input<Api[K]['input']>
export type ParsedInputOf<K extends MethodName> = z.output<Api[K]['input']>
export type ResultOf<K extends MethodName> = Api[K] extends MethodDef<z.ZodType, infer O> ? O : never

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(api, name)
}

export * from './admin'
export * from './auth'
export * from './common'
export * from './customers'
export * from './deputies'
export * from './documents'
export * from './exports'
export * from './ledger'
export * from './policy'
export * from './define'
export * from './queue'
export * from './receivables'
export * from './stock'
export * from './users'
export * from './workflow'
