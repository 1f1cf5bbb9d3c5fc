import { Descriptions } from 'antd'
import type { DocumentBody, DocumentHeaderDto } from '../../../../shared/api'
import { DOC_PARTS } from '../../documents/document-parts'
import { LinesAndTerms } from '../../documents/lines-and-terms'
import { Section } from '../../documents/section'
import { ApplicationCredit } from './application-credit'

export type ApplicationBody = Extract<DocumentBody, { kind: 'application' }>

/** 合同申报单 (R3): customer, product lines against the policy in force, terms, delivery, installation. */
export function ApplicationBodyView({ header, body }: { header: DocumentHeaderDto; body: ApplicationBody }) {
  return (
    <div data-testid="doc-body-application">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'customer', label: '客户', children: header.customerName ?? '—' },
          { key: 'delivery', label: '交货日期', children: <span className="tabular-nums" data-testid="doc-delivery">{body.deliveryDate}</span> },
          { key: 'install', label: '安装', children: <span data-testid="doc-installation">{body.installationNeeded ? '需要安装' : '不需要安装'}</span> },
          ...(body.note ? [{ key: 'note', label: '备注', span: 3, children: <span style={{ whiteSpace: 'pre-wrap' }}>{body.note}</span> }] : []),
        ]}
      />
      {/* R2, R9: only the posts the core gives it to (need-to-know). */}
      {body.credit && (
        <Section title="客户信用" anchor={DOC_PARTS.credit}>
          <ApplicationCredit credit={body.credit} />
        </Section>
      )}
      <LinesAndTerms lines={body.lines} terms={body.terms} nonStandardTerms={body.nonStandardTerms} floors={body.priceReview?.lines} />
    </div>
  )
}
