import type { EntityManager } from 'typeorm'
import type { ContractSignBackRow, ReceivableDto, SignBackDto, SignedCopyDto } from '../../../../../shared/doc-types/outbound-slip/sign-back-body'
import { AMOUNT_READERS, sees } from '../../../../../shared/need-to-know'
import type { RoleKey } from '../../../../../shared/roles'
import { fenFromDatabase } from '../../../../../shared/money'
import { readRows } from '../../../db/driver-query'
import { overdueDays, unpaidReceivablesSql } from './receivable-sql'

// R11: the copy and the receivable of slips, as the slip's page and the contract's family show them.

interface Row {
  slip_id: number | string; slip_no: string; posted_on: string; slip_amount_fen: number | string | null
  signed_by: string | null; signed_on: string | null; returned_on: string | null; discrepancy: string | null; recorded_by_name: string | null; recorded_at: string | null
  booked_on: string | null; due_on: string | null; booked_by_name: string | null; amount_fen: number | string | null; unpaid_fen: number | string | null
  pass_id: number | string | null; pass_no: string | null
}

// The contract's slips (or one of them) with their copy and receivable; the unpaid part over the whole contract.
// The slip's live gate pass (at most one: gate-pass integrity) found per slip over idx_gate_passes_slip, not a
// joined subquery over every pass of ten years (SQLite materialized it: 160–200 ms on each posting's answer).
const SQL = (where: string) => `
  SELECT s.document_id AS slip_id, d.doc_no AS slip_no, s.posted_on, d.amount_fen AS slip_amount_fen,
    c.signed_by, c.signed_on, c.returned_on, c.discrepancy, c.recorded_by_name, c.recorded_at,
    r.booked_on, r.due_on, r.booked_by_name, u.amount_fen, u.unpaid_fen, gd.id AS pass_id, gd.doc_no AS pass_no
  FROM outbound_slips s JOIN documents d ON d.id = s.document_id
  LEFT JOIN signed_copies c ON c.slip_document_id = s.document_id
  LEFT JOIN receivables r ON r.slip_document_id = s.document_id
  LEFT JOIN (${unpaidReceivablesSql('r.contract_id = :contractId')}) u ON u.slip_document_id = s.document_id
  LEFT JOIN documents gd ON gd.id = (SELECT g.document_id FROM gate_passes g JOIN documents pd ON pd.id = g.document_id
                                     WHERE g.outbound_slip_id = s.document_id AND pd.state <> 'voided' ORDER BY g.document_id LIMIT 1)
  WHERE s.contract_id = :contractId AND ${where} ORDER BY s.posted_on, s.document_id`

function toDto(row: Row, today: string): ContractSignBackRow {
  const copy: SignedCopyDto | null = row.signed_by === null ? null : {
    signedBy: row.signed_by, signedOn: row.signed_on ?? '', returnedOn: row.returned_on ?? '', discrepancy: row.discrepancy,
    recordedByName: row.recorded_by_name ?? '', recordedAt: row.recorded_at ?? '',
  }
  const unpaidFen = fenFromDatabase(row.unpaid_fen ?? 0) ?? 0
  const receivable: ReceivableDto | null = row.booked_on === null ? null : {
    bookedOn: row.booked_on, dueOn: row.due_on ?? '', bookedByName: row.booked_by_name ?? '',
    amountFen: fenFromDatabase(row.amount_fen ?? 0) ?? 0, unpaidFen,
    overdueDays: unpaidFen > 0 ? overdueDays(row.due_on ?? today, today) : 0,
  }
  // The gate pass (出门证) a live one at most per slip (gate-pass integrity): the goods' way out, beside their paper's way back.
  const gatePass = row.pass_id === null ? null : { id: Number(row.pass_id), docNo: row.pass_no ?? '' }
  return { slipId: Number(row.slip_id), slipNo: row.slip_no, postedOn: row.posted_on, amountFen: fenFromDatabase(row.slip_amount_fen ?? 0) ?? 0, gatePass, copy, receivable }
}

/** Every posted (not voided) slip of a contract with its copy and receivable (the contract page's family). */
export async function signBacksOfContract(em: EntityManager, contractId: number, today: string): Promise<ContractSignBackRow[]> {
  const rows = await readRows<Row>(em, SQL(`d.state = 'approved'`), { contractId })
  return rows.map((r) => toDto(r, today))
}

/** One slip's copy and receivable (the slip's page). */
export async function signBackOf(em: EntityManager, slip: { documentId: number; contractId: number }, today: string): Promise<SignBackDto> {
  const [row] = await readRows<Row>(em, SQL('s.document_id = :slipId'), { contractId: slip.contractId, slipId: slip.documentId })
  if (!row) return { copy: null, receivable: null }
  const { copy, receivable } = toDto(row, today)
  return { copy, receivable }
}

/** Need to know: the receivable's amounts only for AMOUNT_READERS (the warehouse and the guard see that it is booked). */
export function signBackFor(roles: readonly RoleKey[], signBack: SignBackDto): SignBackDto {
  if (sees(roles, AMOUNT_READERS) || !signBack.receivable) return signBack
  const { amountFen: _amount, unpaidFen: _unpaid, ...receivable } = signBack.receivable
  return { ...signBack, receivable }
}
