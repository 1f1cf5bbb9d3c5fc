import type { EntityManager } from 'typeorm'
import type { InstalmentDto } from '../../../shared/api'
import { AppError } from '../../../shared/errors'
import { formatBps } from '../../../shared/percent'
import { ROLES, type RoleKey } from '../../../shared/roles'
import { ApplicationEntity, ApplicationLineEntity, ContractEntity, DiscountAuthorityEntity, DocumentEntity, type DocumentRow } from '../db/entities'
import { belowFloorBps } from '../../../shared/discount'
import { loadDefinition } from '../workflow/definitions-store'
import type { DocumentFacts } from '../workflow/definition'
import type { DocumentKind } from '../workflow/document-kind'
import { planRoute } from '../workflow/plan-route'
import { openFollowUpTask } from '../workflow/tasks'
import { lineDto } from './application-lines'

async function applicationOf(em: EntityManager, doc: DocumentRow) {
  return em.getRepository(ApplicationEntity).findOneByOrFail({ documentId: doc.id })
}

async function facts(em: EntityManager, doc: DocumentRow): Promise<DocumentFacts> {
  const app = await applicationOf(em, doc)
  const lines = await em.getRepository(ApplicationLineEntity).findBy({ documentId: doc.id })
  const authorities = await em.getRepository(DiscountAuthorityEntity).findBy({ priceListId: app.priceListId })
  return {
    amountFen: doc.amountFen ?? 0,
    belowFloorBps: Math.max(0, ...lines.map((l) => belowFloorBps(l.unitPriceFen, l.floorPriceFen))),
    discountAuthority: Object.fromEntries(authorities.map((a) => [a.role, a.maxBelowFloorBps])),
    nonStandardTerms: app.nonStandardTerms !== null,
    customerOverCredit: false,
  }
}

/**
 * R1: a price below the floor needs an approver on the route whose 价格浮动权 covers it. With the
 * default chain the general manager signs every application, so this bites when the policy limits
 * the general manager too, or when an edited chain drops that step.
 */
async function assertDiscountAuthority(em: EntityManager, doc: DocumentRow): Promise<void> {
  const f = await facts(em, doc)
  if (f.belowFloorBps === 0) return
  const def = await loadDefinition(em, doc.docType)
  const roles = planRoute(def, f, null).map((entry) => {
    const step = def.steps.find((s) => s.key === entry.key)!
    return step.actor.kind === 'role' ? step.actor.role : step.actor.fallbackRole
  })
  const covered = roles.some((role) => {
    const authority = f.discountAuthority[role]
    return authority === null || (authority !== undefined && authority >= f.belowFloorBps)
  })
  if (!covered) {
    const names = roles.map((r: RoleKey) => ROLES[r]).join('、')
    throw new AppError('PRICE_BELOW_AUTHORITY', `单价低于底价 ${formatBps(f.belowFloorBps)}，超出审批人（${names}）的价格浮动权，请调整单价`, {
      belowFloorBps: f.belowFloorBps,
    })
  }
}

/** R4: an approved application waits in the sales head's 待办 until its contract is made. */
export const MAKE_CONTRACT = { stepKey: 'make_contract', stepName: '签订合同', role: 'sales_head' } as const

export const applicationKind: DocumentKind = {
  facts,
  beforeSubmit: assertDiscountAuthority,
  onApproved: (em, doc, ctx) => openFollowUpTask(em, doc, MAKE_CONTRACT, ctx.at),
  async body(em, doc) {
    const app = await applicationOf(em, doc)
    const lines = await em.getRepository(ApplicationLineEntity).find({ where: { documentId: doc.id }, order: { lineNo: 'ASC' } })
    const contract = await em.getRepository(ContractEntity).findOneBy({ applicationId: doc.id })
    const contractDoc = contract ? await em.getRepository(DocumentEntity).findOneBy({ id: contract.documentId }) : null
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
    }
  },
}
