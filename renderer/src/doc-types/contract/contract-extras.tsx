import { BuildOutlined, FileTextOutlined, PrinterOutlined, SafetyCertificateOutlined, SendOutlined, ToolOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import { SIGNED_CONTRACT_STATES } from '../../../../shared/doc-types/contract/contract-type'
import { isClosed } from '../../documents/lifecycle-checks'
import { useMe } from '../../session/session-context'
import { SealUseModal } from './seal-use-modal'

/**
 * 打印预览 (docs/printed-forms.md), and 使用合同章: only on a signed contract (the core answers
 * CONTRACT_NOT_SIGNED otherwise), not closed (R19), by the sales head.
 */
export function ContractExtras({ header, body, onChanged }: { header: DocumentHeaderDto; body?: { installationNeeded: boolean }; onChanged(): void }) {
  const me = useMe()
  const navigate = useNavigate()
  const [sealing, setSealing] = useState(false)
  const signed = (SIGNED_CONTRACT_STATES as readonly string[]).includes(header.state) && !isClosed(header)
  const canSeal = signed && me.roles.includes('sales_head')
  // R6: the planner compiles production notices from a signed contract (several are normal).
  const canNotice = signed && me.roles.includes('planner')
  const installable = signed && (header.state === 'partlyShipped' || header.state === 'shipped') && body?.installationNeeded === true
  return (
    <>
      {/* A voided contract is not printed: a paper copy would circulate as if it were still valid. */}
      {header.state !== 'voided' && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/contract/${header.id}`)} data-testid="doc-print">
          打印预览
        </Button>
      )}
      {canNotice && (
        <Button type="primary" icon={<BuildOutlined />} onClick={() => navigate(`/production-notices/new?contract=${header.id}`)} data-testid="doc-make-notice">
          编制生产通知单
        </Button>
      )}
      {signed && header.state !== 'shipped' && header.state !== 'accepted' && me.roles.includes('sales_clerk') && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => navigate(`/dispatch-notes/new?contract=${header.id}`)} data-testid="doc-make-dispatch">
          开发货单
        </Button>
      )}
      {/* R12: the clerk issues the installation work order once goods have left (the core checks installation and the first payment). */}
      {installable && me.roles.includes('sales_clerk') && (
        <Button icon={<ToolOutlined />} onClick={() => navigate(`/work-orders/new?contract=${header.id}`)} data-testid="doc-make-work-order">
          开派工单
        </Button>
      )}
      {/* R15: the clerk or finance asks for an invoice (the core checks the threshold, shipped and invoiced). */}
      {signed && (me.roles.includes('sales_clerk') || me.roles.includes('finance')) && (
        <Button icon={<FileTextOutlined />} onClick={() => navigate(`/invoices/new?contract=${header.id}`)} data-testid="doc-make-invoice">
          申请开票
        </Button>
      )}
      {canSeal && (
        <Button icon={<SafetyCertificateOutlined />} onClick={() => setSealing(true)} data-testid="doc-seal-use">
          使用合同章
        </Button>
      )}
      <SealUseModal
        open={sealing}
        contractId={header.id}
        contractNo={header.docNo}
        onClose={() => setSealing(false)}
        onUsed={onChanged}
      />
    </>
  )
}
