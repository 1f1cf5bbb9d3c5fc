import { PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import { isClosed } from '../../documents/lifecycle-checks'
import { useMe } from '../../session/session-context'
import { SealUseModal } from './seal-use-modal'

/**
 * 打印预览 (docs/printed-forms.md), and 使用合同章: only on a signed contract (the core answers
 * CONTRACT_NOT_SIGNED otherwise), not closed (R19), by the sales head.
 */
export function ContractExtras({ header, onChanged }: { header: DocumentHeaderDto; onChanged(): void }) {
  const me = useMe()
  const navigate = useNavigate()
  const [sealing, setSealing] = useState(false)
  const canSeal = header.state === 'approved' && !isClosed(header) && me.roles.includes('sales_head')
  return (
    <>
      {/* A voided contract is not printed: a paper copy would circulate as if it were still valid. */}
      {header.state !== 'voided' && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/contract/${header.id}`)} data-testid="doc-print">
          打印预览
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
