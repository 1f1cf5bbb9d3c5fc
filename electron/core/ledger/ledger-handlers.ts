import type { Handler } from '../router/call-context'
import { withDefaultPeriod } from './ledger-period'
import { ledgerPage, ledgerSalespeople } from './ledger-service'

// R5: the contract ledger (合同台帐), kept by sales and finance together (see LEDGER_READERS in shared/api).

const list: Handler<'ledger.list'> = ({ filter, page, pageSize }, { db, at }) =>
  db.read((em) => ledgerPage(em, withDefaultPeriod(filter, at), page, pageSize))

/** The file is read and written in the export worker (export/export-jobs.ts), off the core's event loop. */
const exportLedger: Handler<'ledger.export'> = async ({ filter, jobId }, { db, user, at }) => {
  const { fileName, base64, rowCount } = await db.exports.run(user.id, jobId, { kind: 'ledger', filter: withDefaultPeriod(filter, at), at: at.toISOString() })
  return { fileName, base64, rowCount }
}

const salespeople: Handler<'ledger.salespeople'> = (_input, { db }) => db.read((em) => ledgerSalespeople(em))

export const ledgerHandlers = { 'ledger.list': list, 'ledger.export': exportLedger, 'ledger.salespeople': salespeople }
