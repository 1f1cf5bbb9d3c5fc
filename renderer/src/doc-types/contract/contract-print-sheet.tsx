import type { DocumentView } from '../../../../shared/api'
import { stateLabel } from '../../../../shared/doc-types'
import { sumFen } from '../../documents/terms-math'
import { FitText } from '../../print/fit-text'
import { PrintCompany } from '../../print/print-company'
import { PrintCustomer } from '../../print/print-customer'
import { PrintFootnote, PrintHeading } from '../../print/print-heading'
import { PrintLinesTable } from '../../print/print-lines-table'
import type { PrintContext } from '../../print/print-page'
import { PrintSignatures } from '../../print/print-signatures'
import { PrintTerms } from '../../print/print-terms'
import type { ContractBody } from './contract-body'
import { ContractPrintSeals } from './contract-print-seals'

/**
 * 销售合同 on A4 (docs/printed-forms.md): the contract's particulars, customer, lines with the total in
 * figures and 大写 (R23), terms, the non-standard wording legal reviewed (R4), every use of the contract
 * seal, and the countersignatures (会签) as signature boxes.
 */
export function ContractPrintSheet({ view, body, companyName, company, customer, printedBy, printedAt, copy }: { view: DocumentView; body: ContractBody } & PrintContext) {
  const { header } = view
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <PrintHeading companyName={companyName} title="销售合同" docNo={header.docNo} copy={copy} voided={header.state === 'voided'} />
      <div className="print-meta">
        <span>
          合同编号：<b data-testid="print-doc-no">{header.docNo}</b>
        </span>
        <span>签订日期：{body.signedOn}</span>
        <span>状态：{stateLabel(header.docType, header.state, header.closedAt !== null)}</span>
      </div>

      <div className="print-section-title">合同信息</div>
      <table className="print-table" data-testid="print-contract-info">
        <colgroup>
          <col style={{ width: '24mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">客户合同号</td>
            <td className="code" data-testid="print-customer-contract-no">
              <FitText text={body.customerContractNo} kind="code" />
            </td>
            <td className="label">合同申报单</td>
            <td className="code">
              <FitText text={body.applicationNo} kind="code" />
            </td>
          </tr>
          <tr>
            <td className="label">业务员</td>
            <td>{body.salespersonName}</td>
            <td className="label">签订日期</td>
            <td>{body.signedOn}</td>
          </tr>
        </tbody>
      </table>

      <PrintCompany title="供方信息" company={company} />

      <div className="print-section-title">客户信息（需方）</div>
      <PrintCustomer name={header.customerName ?? ''} customer={customer} />

      <div className="print-section-title">产品明细</div>
      <PrintLinesTable lines={body.lines} totalFen={header.amountFen ?? sumFen(body.lines.map((l) => l.amountFen ?? null))} withPolicy={false} />

      <div className="print-section-title">付款条件与交货</div>
      <PrintTerms terms={body.terms} deliveryDate={body.deliveryDate} installationNeeded={body.installationNeeded} />

      <div className="print-section-title">非标准条款{body.nonStandardTerms ? '（须法务审核）' : ''}</div>
      <div className={body.nonStandardTerms ? 'print-note non-standard' : 'print-note'} data-testid="print-non-standard">
        {body.nonStandardTerms ?? '无（按标准合同文本）'}
      </div>

      <div className="print-section-title">用印记录</div>
      <ContractPrintSeals seals={body.seals} />

      <div className="print-section-title">会签</div>
      <PrintSignatures header={header} chain={view.chain} />
      <PrintFootnote printedBy={printedBy} printedAt={printedAt} copy={copy} version={header.version} />
    </article>
  )
}
