// R15, R24: a contract's 已开票 = invoices recorded on its requests − their red-letter entries. Kept free
// of imports: the ledger (ledger/contract-money.ts) re-exports it.

/** 已开票 as SQL over one contracts row (alias); idx_invoice_requests_contract covers it (unrecorded rows add NULL, which SUM skips). */
export function invoicedFenSql(contract: string): string {
  return `(SELECT COALESCE(SUM(ir.invoiced_fen - ir.red_fen), 0) FROM invoice_requests ir WHERE ir.contract_id = ${contract}.document_id)`
}
