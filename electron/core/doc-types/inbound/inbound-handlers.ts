import type { Handler } from '../../router/call-context'
import { documentView } from '../../workflow/document-view'
import { createInbound } from './create-inbound'
import { inboundKind } from './inbound-kind'
import { issueCertificate, listCertificates, voidCertificate } from './qc-certificates'

const create: Handler<'inbound.create'> = (input, ctx) =>
  ctx.db.transaction(async (em) => documentView(em, inboundKind, await createInbound(em, input, ctx), ctx))

const issue: Handler<'qcCertificates.issue'> = (input, ctx) => ctx.db.transaction((em) => issueCertificate(em, input, ctx))
const voidOne: Handler<'qcCertificates.void'> = (input, ctx) => ctx.db.transaction((em) => voidCertificate(em, input, ctx))
const list: Handler<'qcCertificates.list'> = (input, { db }) => db.read((em) => listCertificates(em, input))

export const inboundHandlers = {
  'inbound.create': create,
  'qcCertificates.issue': issue,
  'qcCertificates.void': voidOne,
  'qcCertificates.list': list,
}
