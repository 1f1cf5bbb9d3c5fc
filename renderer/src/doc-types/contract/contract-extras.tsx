import { SafetyCertificateOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import type { DocumentHeaderDto } from '../../../../shared/api'
import { isClosed } from '../../documents/lifecycle-checks'
import { useMe } from '../../session/session-context'
import { SealUseModal } from './seal-use-modal'

/** 使用合同章: only on a signed contract (the core answers CONTRACT_NOT_SIGNED otherwise), not closed (R19), by the sales head. */
export function ContractExtras({ header, onChanged }: { header: DocumentHeaderDto; onChanged(): void }) {
  const me = useMe()
  const [sealing, setSealing] = useState(false)
  if (header.state !== 'approved' || isClosed(header) || !me.roles.includes('sales_head')) return null
  return (
    <>
      <Button icon={<SafetyCertificateOutlined />} onClick={() => setSealing(true)} data-testid="doc-seal-use">
        使用合同章
      </Button>
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
