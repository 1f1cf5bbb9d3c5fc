import { LogoutOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import { useState } from 'react'
import { isClosed } from '../../documents/lifecycle-checks'
import { useCanCall } from '../../session/can-call'
import type { BodyOf, TypeViewProps } from '../doc-type-ui'
import { RegisterGatePassModal } from './register-gate-pass-modal'

/**
 * On a posted outbound slip's page, for the guard: 登记出门证. Shown while the slip is 已出库; a slip that
 * has its pass already is refused by the core with the pass's number (GATE_PASS_EXISTS).
 */
export function GatePassButton({ header }: TypeViewProps<BodyOf<'outboundSlip'>>) {
  const [open, setOpen] = useState(false)
  const may = useCanCall('gatePasses.register') && header.state === 'approved' && !isClosed(header)
  if (!may) return null
  return (
    <>
      <Button type="primary" icon={<LogoutOutlined />} onClick={() => setOpen(true)} data-testid="doc-gate-pass">
        登记出门证
      </Button>
      <RegisterGatePassModal slip={{ id: header.id, docNo: header.docNo }} open={open} onClose={() => setOpen(false)} />
    </>
  )
}
