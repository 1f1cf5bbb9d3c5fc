import { EditOutlined, FileDoneOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { DocumentHeaderDto } from '../../../../shared/api'
import { isClosed, isEditableState } from '../../documents/lifecycle-checks'
import { useMe } from '../../session/session-context'
import type { ApplicationBody } from './application-body'
import { SignContractModal } from '../contract/sign-contract-modal'

/** Buttons beside an application's workflow actions: 编辑, 打印预览, 签订合同 or the contract made from it. */
export function ApplicationExtras({ header, body }: { header: DocumentHeaderDto; body: ApplicationBody }) {
  const me = useMe()
  const navigate = useNavigate()
  const [signing, setSigning] = useState(false)
  // The UI only hides what the core would refuse anyway (R4: sales_head signs; R3: drafter edits).
  const canSign = header.state === 'approved' && !isClosed(header) && body.contractId === null && me.roles.includes('sales_head')
  const canEdit = isEditableState(header) && me.id === header.drafterUserId

  return (
    <>
      {body.contractId !== null && (
        <Button icon={<FileDoneOutlined />} onClick={() => navigate(`/documents/${body.contractId}`)} data-testid="doc-contract-link">
          合同 {body.contractNo}
        </Button>
      )}
      {canEdit && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/applications/${header.id}/edit`)} data-testid="doc-edit">
          编辑
        </Button>
      )}
      {/* A voided application is not printed: a paper copy would circulate as if it were still valid. */}
      {header.state !== 'voided' && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/application/${header.id}`)} data-testid="doc-print">
          打印预览
        </Button>
      )}
      {canSign && (
        <Button type="primary" onClick={() => setSigning(true)} data-testid="doc-sign-contract">
          签订合同
        </Button>
      )}
      <SignContractModal open={signing} applicationId={header.id} applicationNo={header.docNo} onClose={() => setSigning(false)} />
    </>
  )
}
