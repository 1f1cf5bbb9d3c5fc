import { EditOutlined, ImportOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import { IN_PRODUCTION_STATES } from '../../../../shared/doc-types/production-notice/production-notice-type'
import { call } from '../../api/client'
import { useLoaded } from '../../hooks/use-loaded'
import { IssueCertificateModal } from '../inbound/issue-certificate-modal'
import { useNavigate } from 'react-router-dom'
import { isClosed, isEditableState } from '../../documents/lifecycle-checks'
import { useMe } from '../../session/session-context'
import { useCanCall } from '../../session/can-call'
import type { TypeViewProps } from '../doc-type-ui'
import type { ProductionNoticeBody } from './production-notice-body'

/**
 * 编辑 for the planner who drafted it while editable; 出具合格证 for qc and 按此通知单入库 for production
 * while it is in production (已下达, 部分入库) and open (R6 → R7; each form shows what it still lacks);
 * 打印预览 once it is not voided (docs/printed-forms.md).
 */
export function ProductionNoticeExtras({ header }: TypeViewProps<ProductionNoticeBody>) {
  const me = useMe()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const mayInbound = useCanCall('inbound.create')
  const mayCertify = useCanCall('qcCertificates.issue')
  const [certifying, setCertifying] = useState(false)
  const inProduction = (IN_PRODUCTION_STATES as readonly string[]).includes(header.state) && !isClosed(header)
  const products = useLoaded(mayCertify && inProduction ? 'products' : 'none', () => (mayCertify && inProduction ? call('products.list', {}) : Promise.resolve([])))
  const canEdit = isEditableState(header) && !isClosed(header) && header.drafterUserId === me.id
  const canInbound = inProduction && mayInbound
  return (
    <>
      {mayCertify && inProduction && (
        <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setCertifying(true)} data-testid="notice-certify">
          出具合格证
        </Button>
      )}
      {mayCertify && inProduction && (
        <IssueCertificateModal
          open={certifying}
          products={products.data ?? []}
          notice={{ id: header.id, docNo: header.docNo }}
          onClose={() => setCertifying(false)}
          onIssued={(no) => {
            setCertifying(false)
            message.success(`合格证 ${no} 已签发`)
          }}
        />
      )}
      {canInbound && (
        <Button icon={<ImportOutlined />} onClick={() => navigate(`/inbound/new?noticeId=${header.id}`)} data-testid="notice-inbound">
          按此通知单入库
        </Button>
      )}
      {canEdit && (
        <Button icon={<EditOutlined />} onClick={() => navigate(`/production-notices/${header.id}/edit`)} data-testid="doc-edit">
          编辑
        </Button>
      )}
      {header.state !== 'voided' && (
        <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/productionNotice/${header.id}`)} data-testid="doc-print">
          打印预览
        </Button>
      )}
    </>
  )
}
