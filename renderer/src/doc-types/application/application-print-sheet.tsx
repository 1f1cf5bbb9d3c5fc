import type { DocumentView } from '../../../../shared/api'
import { formatShanghai } from '../../../../shared/dates'
import { stateLabel } from '../../../../shared/doc-types'
import type { ApplicationBody } from './application-body'
import { sumFen } from '../../documents/terms-math'
import { PrintCompany } from '../../print/print-company'
import { PrintCustomer } from '../../print/print-customer'
import { PrintFootnote, PrintHeading } from '../../print/print-heading'
import { PrintLinesTable } from '../../print/print-lines-table'
import type { PrintContext } from '../../print/print-page'
import { PrintSignatures } from '../../print/print-signatures'
import { PrintTerms } from '../../print/print-terms'

type Props = { view: DocumentView; body: ApplicationBody } & PrintContext

/** 合同申报单 on A4: everything WORKFLOW.md "Printed forms" asks for, in the order the office reads it. */
export function ApplicationPrintSheet({ companyName, company, view, body, customer, printedBy, printedAt, copy }: Props) {
  const { header } = view
  return (
    <article className="print-sheet" data-testid="print-sheet">
      <PrintHeading companyName={companyName} title="合同申报单" docNo={header.docNo} copy={copy} voided={header.state === 'voided'} />
      <div className="print-meta">
        <span>
          单号：<b data-testid="print-doc-no">{header.docNo}</b>
        </span>
        <span>申报日期：{formatShanghai(header.createdAt, false)}</span>
        <span>状态：{stateLabel(header.docType, header.state, header.closedAt !== null)}</span>
      </div>

      <PrintCompany title="我方信息" company={company} />

      <div className="print-section-title">客户信息</div>
      <PrintCustomer name={header.customerName ?? ''} customer={customer} />

      <div className="print-section-title">产品明细</div>
      <PrintLinesTable lines={body.lines} totalFen={header.amountFen ?? sumFen(body.lines.map((l) => l.amountFen ?? null))} />

      <div className="print-section-title">付款条件与交货</div>
      <PrintTerms terms={body.terms} deliveryDate={body.deliveryDate} installationNeeded={body.installationNeeded} />

      <div className="print-section-title">非标准条款{body.nonStandardTerms ? '（须法务审核）' : ''}</div>
      <div className={body.nonStandardTerms ? 'print-note non-standard' : 'print-note'} data-testid="print-non-standard">
        {body.nonStandardTerms ?? '无（按标准合同文本）'}
      </div>
      {body.note && (
        <>
          <div className="print-section-title">备注</div>
          <div className="print-note">{body.note}</div>
        </>
      )}

      <div className="print-section-title">审批签字</div>
      <PrintSignatures header={header} chain={view.chain} />
      <PrintFootnote printedBy={printedBy} printedAt={printedAt} copy={copy} version={header.version} />
    </article>
  )
}
