import type { Handler } from '../router/call-context'
import { adminOverview } from './admin-overview'
import { saveCompany } from './company-profile'

/** The administrator's home: one read of everything on it. */
const overview: Handler<'admin.overview'> = (_input, ctx) => ctx.db.read((em) => adminOverview(em, ctx.db, ctx.at))

const saveCompanyHandler: Handler<'admin.saveCompany'> = (input, ctx) => ctx.db.transaction((em) => saveCompany(em, input, ctx))

export const adminHandlers = {
  'admin.overview': overview,
  'admin.saveCompany': saveCompanyHandler,
}
