import { useMemo } from 'react'
import type { DocumentView } from '../../../../shared/api'
import type { ContinuousForm } from '../../print/continuous/continuous-form'
import { DeskContinuousSheets } from '../../print/continuous/desk-continuous-sheets'
import { goodsLinesPart, MONEY_COLUMN_KEYS } from '../../print/continuous/goods-lines'
import type { PrintContext } from '../../print/print-page'
import { signatureBoxes } from '../../print/print-signatures'
import type { OutboundSlipBody } from './outbound-slip-body'

/**
 * 出库单 on 241 × 140 mm four-part paper (docs/printed-forms.md "Continuous paper"; 存根/客户/财务/仓库): the
 * note and contract it ships against, where the goods go, the carrier, the lines, totals in figures and 大写
 * (R23), the signatures from the trail and a box for the customer's signature (the 客户联 comes back signed,
 * R11). Amounts follow need to know: a reader without amounts (the warehouse) prints goods only; a reader
 * with amounts prints them, except on the 仓库联 of plain paper (the warehouse counts goods). The frame prints
 * the parts, pages, QR code, 补打 and the desk's calibration; this file only fills in the form.
 */
export function OutboundSlipPrintSheet({ view, body, context }: { view: DocumentView; body: OutboundSlipBody; context: PrintContext }) {
  const form = useMemo<ContinuousForm>(() => {
    const { header } = view
    const goods = goodsLinesPart(body.lines)
    return {
      companyName: context.companyName,
      title: '出库单',
      docNo: header.docNo,
      date: body.postedOn,
      fields: [
        { label: '客户', value: body.customerName, span: 2 },
        { label: '发货单号', value: body.dispatchNoteNo, kind: 'code' },
        { label: '收货地址', value: body.deliveryAddress, span: 3 },
        { label: '合同号', value: body.contractNo, kind: 'code' },
        { label: '承运', value: body.carrier || '—', span: 2 },
      ],
      note: { label: '备注', value: body.remark ?? '' },
      columns: goods.columns,
      lines: goods.lines,
      totals: goods.totals,
      withheld: goods.priced ? { parts: ['warehouse'], columns: MONEY_COLUMN_KEYS } : undefined,
      signatures: [
        ...signatureBoxes(header, view.chain).map((box) => (box.key === 'drafter' ? { ...box, post: '仓管员（发货）' } : box)),
        { key: 'receiver', post: '客户签收', name: '', role: '', date: '' },
      ],
      copy: context.copy,
      printedBy: context.printedBy,
      printedAt: context.printedAt,
      voided: header.state === 'voided',
    }
  }, [view, body, context])
  return <DeskContinuousSheets form={form} />
}
