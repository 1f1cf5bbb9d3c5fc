import { AuditOutlined, FileDoneOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import { useCanCall } from '../../session/can-call'
import type { TypeViewProps } from '../doc-type-ui'
import { GatePassButton } from '../gate-pass/gate-pass-button'
import { OutboundSlipPrintButton } from './outbound-slip-print-button'
import { BookReceivableModal } from './book-receivable-modal'
import type { OutboundSlipBody } from './outbound-slip-body'
import { SignedCopyModal } from './signed-copy-modal'

/**
 * On a posted slip: 打印预览, the guard's 登记出门证 (their own components), and finance's (R11) 登记签收 while the signed
 * copy has not been recorded, then 入帐 once it has.
 */
export function OutboundSlipExtras({ header, body, onChanged }: TypeViewProps<OutboundSlipBody>) {
  const [open, setOpen] = useState<'copy' | 'book' | null>(null)
  const canRecord = useCanCall('signBacks.recordCopy') && header.state === 'approved' && !body.signBack.copy
  const canBook = useCanCall('signBacks.bookReceivable') && header.state === 'approved' && body.signBack.copy !== null && !body.signBack.receivable
  return (
    <>
      <OutboundSlipPrintButton header={header} body={body} onChanged={onChanged} />
      <GatePassButton header={header} body={body} onChanged={onChanged} />
      {canRecord && (
        <Button type="primary" icon={<AuditOutlined />} onClick={() => setOpen('copy')} data-testid="doc-record-copy">
          登记签收
        </Button>
      )}
      {canBook && (
        <Button type="primary" icon={<FileDoneOutlined />} onClick={() => setOpen('book')} data-testid="doc-book-receivable">
          入帐
        </Button>
      )}
      <SignedCopyModal open={open === 'copy'} slipId={header.id} slipNo={header.docNo} postedOn={body.postedOn} onClose={() => setOpen(null)} onDone={onChanged} />
      {body.signBack.copy && (
        <BookReceivableModal
          open={open === 'book'} slipId={header.id} slipNo={header.docNo} customerName={body.customerName} amountFen={header.amountFen ?? null}
          signedOn={body.signBack.copy.signedOn} onClose={() => setOpen(null)} onDone={onChanged}
        />
      )}
    </>
  )
}
