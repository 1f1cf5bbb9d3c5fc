import { useMemo } from 'react'
import type { DocumentView } from '../../../../shared/api'
import { formatShanghai } from '../../../../shared/dates'
import { capitalAmount, formatYuan } from '../../../../shared/money'
import type { ContinuousColumn, ContinuousForm } from '../../print/continuous/continuous-form'
import { DeskContinuousSheets } from '../../print/continuous/desk-continuous-sheets'
import type { PrintContext } from '../../print/print-page'
import { signatureBoxes } from '../../print/print-signatures'
import type { DispatchNoteBody } from './dispatch-note-body'

/** With prices (the reader may see amounts): widths add up to the frame's 205 mm of lines. */
const PRICED_COLUMNS: ContinuousColumn[] = [
  { key: 'no', label: '序号', widthMm: 8, align: 'center', kind: 'figure' },
  { key: 'code', label: '产品编码', widthMm: 34, kind: 'code' },
  { key: 'name', label: '品名', widthMm: 36, kind: 'text' },
  { key: 'spec', label: '规格型号', widthMm: 44, kind: 'text' },
  { key: 'unit', label: '单位', widthMm: 12, align: 'center', kind: 'text' },
  { key: 'quantity', label: '数量', widthMm: 19, align: 'right', kind: 'figure' },
  { key: 'price', label: '单价(元)', widthMm: 25, align: 'right', kind: 'figure' },
  { key: 'amount', label: '金额(元)', widthMm: 27, align: 'right', kind: 'figure' },
]

/** Without prices (need-to-know: a reader without amounts prints goods only); the text columns take the room. */
const GOODS_COLUMNS: ContinuousColumn[] = [
  { key: 'no', label: '序号', widthMm: 8, align: 'center', kind: 'figure' },
  { key: 'code', label: '产品编码', widthMm: 44, kind: 'code' },
  { key: 'name', label: '品名', widthMm: 52, kind: 'text' },
  { key: 'spec', label: '规格型号', widthMm: 62, kind: 'text' },
  { key: 'unit', label: '单位', widthMm: 14, align: 'center', kind: 'text' },
  { key: 'quantity', label: '数量', widthMm: 25, align: 'right', kind: 'figure' },
]

/**
 * 发货单 on 241 × 140 mm four-part paper (docs/printed-forms.md "Continuous paper"; WORKFLOW.md: 存根/客户/
 * 财务/仓库): the contract, where the goods go and who receives them, the carrier and the note's validity,
 * the lines, totals in figures and 大写 (R23), and the signatures from the trail. The frame prints the
 * parts, pages, QR code, 补打 and the desk's calibration; this file only fills in the form.
 */
export function DispatchNotePrintSheet({ view, body, context }: { view: DocumentView; body: DispatchNoteBody; context: PrintContext }) {
  const form = useMemo<ContinuousForm>(() => {
    const { header } = view
    const priced = body.lines.every((line) => line.amountFen !== undefined && line.unitPriceFen !== undefined)
    const totalFen = body.lines.reduce((sum, line) => sum + (line.amountFen ?? 0), 0)
    const quantity = body.lines.reduce((sum, line) => sum + line.quantity, 0)
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
        ...(body.remark ? [{ label: '备注', value: body.remark, span: 2 as const }] : []),
      ],
      columns: priced ? PRICED_COLUMNS : GOODS_COLUMNS,
      lines: body.lines.map((line) => ({
        no: String(line.lineNo),
        code: line.productCode,
        name: line.productName,
        spec: line.spec,
        unit: line.unit,
        quantity: line.quantity.toLocaleString('en-US'),
        ...(priced ? { price: formatYuan(line.unitPriceFen!), amount: formatYuan(line.amountFen!) } : {}),
      })),
      totals: {
        cells: { quantity: quantity.toLocaleString('en-US'), ...(priced ? { amount: formatYuan(totalFen) } : {}) } as Record<string, string>,
        capital: priced ? capitalAmount(totalFen) : '',
      },
      signatures: signatureBoxes(header, view.chain),
      copy: context.copy,
      printedBy: context.printedBy,
      printedAt: context.printedAt,
      voided: header.state === 'voided',
    }
  }, [view, body, context])
  return <DeskContinuousSheets form={form} />
}
