import type { Handler } from '../router/call-context'
import { adminOverview } from './admin-overview'
import { readCompany, saveCompany } from './company-profile'

/** The administrator's home: one read of everything on it. */
const overview: Handler<'admin.overview'> = (_input, ctx) => ctx.db.read((em) => adminOverview(em, ctx.db, ctx.at))

const saveCompanyHandler: Handler<'admin.saveCompany'> = (input, ctx) => ctx.db.transaction((em) => saveCompany(em, input, ctx))

/** The printed forms' letterhead: the company data without its seal keeper. */
const letterhead: Handler<'company.letterhead'> = (_input, ctx) =>
  ctx.db.read(async (em) => {
    const { name, address, taxNumber, bankName, bankAccount } = await readCompany(em)
    return { name, address, taxNumber, bankName, bankAccount }
  })

export const adminHandlers = {
  'company.letterhead': letterhead,
  'admin.overview': overview,
  'admin.saveCompany': saveCompanyHandler,
}
