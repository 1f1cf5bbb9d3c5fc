import type { ChainStepView, DocumentHeaderDto } from '../../../shared/api'
import { formatShanghai } from '../../../shared/dates'
import { roleLabel } from '../../../shared/roles'

export interface SignatureBox {
  key: string
  post: string
  name: string
  /** The post the signer signed in, when signed (R21: who, in which role). */
  role: string
  date: string
}

/** One box per step; a countersign (会签) step one per signature, and an empty one for each still needed. */
function stepBoxes(step: ChainStepView): SignatureBox[] {
  if (!step.countersign) {
    return [
      {
        key: step.key,
        post: step.name,
        name: step.signedBy ?? '',
        role: step.signedBy && step.signedRole ? roleLabel(step.signedRole) : '',
        date: step.signedAt ? formatShanghai(step.signedAt, false) : '',
      },
    ]
  }
  const { need, signatures } = step.countersign
  const signed = signatures.map((signature) => ({
    key: `${step.key}-${signature.role}`,
    post: step.name,
    name: signature.userName,
    role: roleLabel(signature.role),
    date: formatShanghai(signature.at, false),
  }))
  const open = Array.from({ length: Math.max(need - signatures.length, 0) }, (_, i) => ({
    key: `${step.key}-open-${i + 1}`,
    post: step.name,
    name: '',
    role: '',
    date: '',
  }))
  return [...signed, ...open]
}

/** The boxes of the trail, the drafter first; also what a continuous form prints (print/continuous). */
export function signatureBoxes(header: DocumentHeaderDto, chain: ChainStepView[]): SignatureBox[] {
  return [
    { key: 'drafter', post: '填表人', name: header.drafterName, role: '', date: formatShanghai(header.createdAt, false) },
    ...chain.filter((step) => step.status !== 'skipped').flatMap(stepBoxes),
  ]
}

/**
 * The approval trail as signature boxes (岗位, 签名, 日期): the drafter first, then every step of the chain
 * that applies to this document. Skipped steps are left out rather than printed empty, so nobody can
 * sign a blank box that was never part of the route.
 */
export function PrintSignatures({ header, chain }: { header: DocumentHeaderDto; chain: ChainStepView[] }) {
  const boxes = signatureBoxes(header, chain)
  return (
    // Up to four boxes a row, as wide as the page: no empty cell at the end of a short chain.
    <div className="print-signatures" style={{ gridTemplateColumns: `repeat(${Math.min(boxes.length, 4)}, minmax(0, 1fr))` }} data-testid="print-signatures">
      {boxes.map((box) => (
        <div className="print-signature" key={box.key} data-testid={`print-signature-${box.key}`}>
          <div className="post">{box.post}</div>
          <div className="name">
            签名：{box.name}
            {box.role && <span className="role">（{box.role}）</span>}
          </div>
          <div className="date">日期：{box.date}</div>
        </div>
      ))}
    </div>
  )
}
