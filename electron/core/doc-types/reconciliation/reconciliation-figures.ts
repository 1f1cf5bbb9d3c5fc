import type { EntityManager } from 'typeorm'
import type { ReconciliationLineDto, ReconciliationTotalsDto, SideFiguresDto } from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { fenFromDatabase } from '../../../../shared/money'
import { readRows } from '../../db/driver-query'

// Reading a stored snapshot (never recomputing it): one page of rows, or the totals in one pass.

const SIDE = ['shipped', 'receivable', 'collected', 'invoiced', 'balance'] as const
type Raw = Record<string, string | number | null>
/** A figure's column: amounts are *_fen; the balance is signed fen (R23's *_fen are never negative). */
export const column = (p: 's' | 'f', f: (typeof SIDE)[number]) => (f === 'balance' ? `${p}_balance` : `${p}_${f}_fen`)
const n = (v: unknown) => fenFromDatabase(v as string | number | null) ?? 0
const side = (r: Raw, p: 's' | 'f'): SideFiguresDto => ({
  shippedFen: n(r[`${p}_shipped_fen`]), receivableFen: n(r[`${p}_receivable_fen`]), collectedFen: n(r[`${p}_collected_fen`]),
  invoicedFen: n(r[`${p}_invoiced_fen`]), balanceFen: n(r[`${p}_balance`]),
})

export async function snapshotTotals(em: EntityManager, id: number): Promise<ReconciliationTotalsDto> {
  const sums = ['amount_fen', ...SIDE.flatMap((f) => [column('s', f), column('f', f)]), 'opening_s_balance', 'opening_f_balance']
  const [r] = await readRows<Raw>(
    em,
    `SELECT count(*) AS contracts, COALESCE(SUM(differs), 0) AS differing, ${sums.map((c) => `COALESCE(SUM(${c}), 0) AS ${c}`).join(', ')}
     FROM reconciliation_lines WHERE document_id = :id`,
    { id },
  )
  const row = r ?? {}
  return {
    contracts: Number(row.contracts ?? 0), differing: Number(row.differing ?? 0), amountFen: n(row.amount_fen),
    sales: side(row, 's'), finance: side(row, 'f'), openingSalesBalanceFen: n(row.opening_s_balance), openingFinanceBalanceFen: n(row.opening_f_balance),
  }
}

export async function snapshotLines(em: EntityManager, id: number, page: number, pageSize: number, onlyDiffering: boolean): Promise<{ rows: ReconciliationLineDto[]; total: number }> {
  const where = `document_id = :id${onlyDiffering ? ' AND differs = 1' : ''}`
  const [count] = await readRows<{ n: number | string }>(em, `SELECT count(*) AS n FROM reconciliation_lines WHERE ${where}`, { id })
  const rows = await readRows<Raw>(em, `SELECT * FROM reconciliation_lines WHERE ${where} ORDER BY line_no LIMIT :limit OFFSET :offset`, {
    id, limit: pageSize, offset: (page - 1) * pageSize,
  })
  return {
    total: Number(count?.n ?? 0),
    rows: rows.map((r) => ({
      lineNo: Number(r.line_no), contractId: Number(r.contract_id), contractNo: String(r.contract_no), customerName: String(r.customer_name),
      amountFen: n(r.amount_fen), sales: side(r, 's'), finance: side(r, 'f'),
      openingSalesBalanceFen: n(r.opening_s_balance), openingFinanceBalanceFen: n(r.opening_f_balance), differs: Number(r.differs) === 1,
    })),
  }
}
