import { useMemo } from 'react'
import type { DocumentView } from '../../../../shared/api'
import { formatShanghai } from '../../../../shared/dates'
import type { ContinuousForm } from '../../print/continuous/continuous-form'
import { DeskContinuousSheets } from '../../print/continuous/desk-continuous-sheets'
import { goodsLinesPart } from '../../print/continuous/goods-lines'
import type { PrintContext } from '../../print/print-page'
import { signatureBoxes } from '../../print/print-signatures'
import type { DispatchNoteBody } from './dispatch-note-body'

/**
 * 发货单 on 241 × 140 mm four-part paper (docs/printed-forms.md "Continuous paper"; WORKFLOW.md: 存根/客户/
 * 财务/仓库): the contract, where the goods go and who receives them, the carrier and the note's validity,
 * the lines, totals in figures and 大写 (R23), and the signatures from the trail. The frame prints the
 * parts, pages, QR code, 补打 and the desk's calibration; this file only fills in the form.
 */
export function DispatchNotePrintSheet({ view, body, context }: { view: DocumentView; body: DispatchNoteBody; context: PrintContext }) {
  const form = useMemo<ContinuousForm>(() => {
    const { header } = view
    const goods = goodsLinesPart(body.lines)
    return {
      companyName: context.companyName,
      title: '发货单',
      docNo: header.docNo,
      date: formatShanghai(header.createdAt, false),
      fields: [
        { label: '客户', value: body.customerName, span: 2 },
        { label: '合同号', value: body.contractNo, kind: 'code' },
        { label: '收货地址', value: body.deliveryAddress, span: 3 },
        { label: '收货人', value: body.contactName },
        { label: '联系电话', value: body.contactPhone, kind: 'code' },
        { label: '承运', value: body.carrier || '—' },
        { label: '有效期至', value: body.validUntil, kind: 'code' },
      ],
      note: { label: '备注', value: body.remark ?? '' },
      columns: goods.columns,
      lines: goods.lines,
      totals: goods.totals,
      signatures: signatureBoxes(header, view.chain),
      copy: context.copy,
      printedBy: context.printedBy,
      printedAt: context.printedAt,
      voided: header.state === 'voided',
    }
  }, [view, body, context])
  return <DeskContinuousSheets form={form} />
}
