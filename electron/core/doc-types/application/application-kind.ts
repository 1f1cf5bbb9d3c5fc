import type { EntityManager } from 'typeorm'
import type { InstalmentDto } from '../../../../shared/api'
import { applicationLifecycle } from '../../../../shared/doc-types/application/application-type'
import { belowFloorBps } from '../../../../shared/discount'
import { formatBps } from '../../../../shared/percent'
import type { RoleKey } from '../../../../shared/roles'
import { DiscountAuthorityEntity, DocumentEntity, type DocumentRow } from '../../db/entities'
import { findRowBy, findRowsBy } from '../../db/find-rows'
import { AMOUNT_FACT, type DocumentKind } from '../../workflow/document-kind'
import { authorityCovers, type Authority, type Facts } from '../../workflow/facts'
import { roleNames, type Coverage } from '../../workflow/plan-route'
import { openFollowUpTask } from '../../workflow/tasks'
import { ContractEntity } from '../contract/contract-entities'
import { ApplicationEntity, ApplicationLineEntity } from './application-entities'
import { lineDto } from './application-lines'
import { creditReview, priceReview, readsPrices } from './application-review'

async function applicationOf(em: EntityManager, doc: DocumentRow) {
  const app = await findRowBy(em, ApplicationEntity, { documentId: doc.id })
  if (!app) throw new Error(`application ${doc.id} has no application row`)
  return app
}

async function facts(em: EntityManager, doc: DocumentRow): Promise<Facts> {
  const app = await applicationOf(em, doc)
  const lines = await findRowsBy(em, ApplicationLineEntity, { documentId: doc.id })
  const authorities = await findRowsBy(em, DiscountAuthorityEntity, { priceListId: app.priceListId })
  return {
    amountFen: doc.amountFen ?? 0,
    belowFloorBps: Math.max(0, ...lines.map((l) => belowFloorBps(l.unitPriceFen, l.floorPriceFen))),
    discountAuthority: Object.fromEntries(authorities.map((a) => [a.role, a.maxBelowFloorBps])) as Authority,
    nonStandardTerms: app.nonStandardTerms !== null,
  }
}

/**
 * R1: a price below the floor needs an approver on the route whose 价格浮动权 covers it, whatever the
 * chain data says: the planner adds the chain's covering step when the planned route has none, and
 * refuses only when no step of the chain covers it (the policy limits even the general manager).
 */
export function discountCoverage(f: Facts): Coverage | null {
  const below = typeof f.belowFloorBps === 'number' ? f.belowFloorBps : 0
  if (below === 0) return null
  const authority = (f.discountAuthority ?? {}) as Authority
  return {
    covers: (role: RoleKey) => authorityCovers(authority, role, below),
    refusal: (roles) => ({
      code: 'PRICE_BELOW_AUTHORITY',
      message: `单价低于底价 ${formatBps(below)}，超出审批人（${roleNames(roles) || '无'}）的价格浮动权，请调整单价`,
      details: { belowFloorBps: below },
    }),
  }
}

/** R4: an approved application waits in the sales head's 待办 until its contract is made. */
export const MAKE_CONTRACT = { stepKey: 'make_contract', stepName: '签订合同', role: 'sales_head' } as const

export const applicationKind: DocumentKind = {
  docType: 'application',
  lifecycle: applicationLifecycle,
  factSpecs: {
    ...AMOUNT_FACT,
    belowFloorBps: { kind: 'bps', label: '低于底价幅度' },
    discountAuthority: { kind: 'authority', label: '价格浮动权' },
    nonStandardTerms: { kind: 'flag', label: '合同条款非标准' },
  },
  facts,
  coverage: discountCoverage,
  onApproved: (em, doc, ctx) => openFollowUpTask(em, doc, MAKE_CONTRACT, ctx.at),
  async body(em, doc, ctx) {
    const app = await applicationOf(em, doc)
    const lines = await findRowsBy(em, ApplicationLineEntity, { documentId: doc.id }, { lineNo: 'ASC' })
    const contract = await findRowBy(em, ContractEntity, { applicationId: doc.id })
    const contractDoc = contract ? await findRowBy(em, DocumentEntity, { id: contract.documentId }) : null
    return {
      kind: 'application',
      customerId: app.customerId,
      priceListId: app.priceListId,
      lines: lines.map(lineDto),
      deliveryDate: app.deliveryDate,
      terms: { prepaymentBps: app.prepaymentBps, prepaymentFen: app.prepaymentFen, instalments: JSON.parse(app.instalments) as InstalmentDto[] },
      installationNeeded: app.installationNeeded,
      nonStandardTerms: app.nonStandardTerms,
      note: app.note,
      contractId: contract?.documentId ?? null,
      contractNo: contractDoc?.docNo ?? null,
      // R1, R2, R9: what the posts deciding on price read; the others get the body without it.
      ...(readsPrices(ctx.user.roles)
        ? { priceReview: await priceReview(em, app.priceListId, lines, ctx.user.roles), credit: await creditReview(em, app.customerId) }
        : {}),
    }
  },
}
