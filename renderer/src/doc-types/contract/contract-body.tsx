import { Descriptions } from 'antd'
import { Link } from 'react-router-dom'
import type { DocumentBody, DocumentHeaderDto } from '../../../../shared/api'
import { LinesAndTerms } from '../../documents/lines-and-terms'
import { ContractMoneyView } from './contract-money-view'
import { SealUsageTable } from './seal-usage-table'
import { ContractSignBacks } from './contract-sign-backs'
import { Section } from '../../documents/section'

export type ContractBody = Extract<DocumentBody, { kind: 'contract' }>

/** 销售合同 (R4): made from an approved application, countersigned, every seal use logged. */
export function ContractBodyView({ header, body }: { header: DocumentHeaderDto; body: ContractBody }) {
  return (
    <div data-testid="doc-body-contract">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'application',
            label: '合同申报单',
            children: (
              <Link to={`/documents/${body.applicationId}`} data-testid="doc-application-link">
                {body.applicationNo}
              </Link>
            ),
          },
          { key: 'customerNo', label: '客户合同号', children: <span data-testid="doc-customer-contract-no">{body.customerContractNo || '—'}</span> },
          { key: 'signedOn', label: '签订日期', children: <span className="tabular-nums">{body.signedOn}</span> },
          { key: 'customer', label: '客户', children: header.customerName ?? '—' },
          { key: 'salesperson', label: '业务员', children: body.salespersonName },
          { key: 'delivery', label: '交货日期', children: <span className="tabular-nums">{body.deliveryDate}</span> },
          { key: 'install', label: '安装', children: body.installationNeeded ? '需要安装' : '不需要安装' },
        ]}
      />
      <LinesAndTerms lines={body.lines} terms={body.terms} nonStandardTerms={body.nonStandardTerms} />
      {body.money && <ContractMoneyView money={body.money} />}
      <ContractSignBacks contractId={header.id} />
      <Section title="合同章使用登记" testId="doc-seal-section">
        <SealUsageTable seals={body.seals} />
      </Section>
    </div>
  )
}
