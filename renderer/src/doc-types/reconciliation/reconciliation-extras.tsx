import { DiffOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import type { ButtonProps } from 'antd'
import { App, Button, Form, Input, Popconfirm, Radio, Select } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { FINANCE_SIGNERS, SALES_SIGNERS } from '../../../../shared/doc-types/reconciliation/reconciliation-api'
import { DIFFERENCE_FIGURE_LABELS, DIFFERENCE_FIGURES, SIDE_LABELS, type DifferenceFigure, type ReconciliationSide } from '../../../../shared/doc-types/reconciliation/reconciliation-body'
import { RECONCILING_STATES } from '../../../../shared/doc-types/reconciliation/reconciliation-type'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { FormModal } from '../../forms/form-modal'
import { parseYuan } from '../../../../shared/money'
import { YuanInput } from '../../policy/yuan-input'
import { useMe } from '../../session/session-context'
import type { TypeViewProps } from '../doc-type-ui'
import type { ReconciliationBody } from './reconciliation-body'
import { useAllSnapshotLines } from './use-snapshot-lines'

interface DifferenceValues {
  contractId?: number; figure?: DifferenceFigure; sales?: string; finance?: string; explanation?: string
  resolverSide?: ReconciliationSide; resolverName?: string; correctsLineNo?: number
}

const optionalFen = (text: string | undefined) => (text && text.trim() ? (parseYuan(text) ?? undefined) : undefined)

/**
 * R17: 记录差异 (either side, while not locked), 销售方签认 / 财务方签认 for the side the user signs for and
 * has not signed yet (the core refuses the rest with its code), and 打印预览 of the A4 statement.
 */
export function ReconciliationExtras({ header, body, onChanged }: TypeViewProps<ReconciliationBody>) {
  const me = useMe()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [open, setOpen] = useState(false)
  const reconciling = (RECONCILING_STATES as readonly string[]).includes(header.state) && header.closedAt === null
  const signer = (side: ReconciliationSide) => (side === 'sales' ? SALES_SIGNERS : FINANCE_SIGNERS).some((r) => me.roles.includes(r))
  const signed = (side: ReconciliationSide) => body.signatures.some((s) => s.side === side)
  const mayRecord = reconciling && (signer('sales') || signer('finance'))
  const sign = async (side: ReconciliationSide) => {
    try {
      await call('reconciliations.signOff', { id: header.id, version: header.version, side })
      void message.success(`${SIDE_LABELS[side]}方已签认`)
      onChanged()
    } catch (caught) {
      void message.error(errorText(caught))
    }
  }
  return (
    <>
      {mayRecord && (
        <Button icon={<DiffOutlined />} onClick={() => setOpen(true)} data-testid="reconciliation-record-difference">
          记录差异
        </Button>
      )}
      {reconciling &&
        (['sales', 'finance'] as const).filter((side) => signer(side) && !signed(side)).map((side) => (
          <Popconfirm
            key={side}
            title={`以${SIDE_LABELS[side]}方身份签认本月对帐单？`}
            description={signed(side === 'sales' ? 'finance' : 'sales') ? '对方已签认：签认后对帐单锁定，不能再修改。' : '签认后本方不能再次签认。'}
            okText="签认"
            cancelText="取消"
            onConfirm={() => sign(side)}
            okButtonProps={{ 'data-testid': `reconciliation-sign-${side}-confirm` } as ButtonProps}
          >
            <Button type="primary" icon={<SafetyCertificateOutlined />} data-testid={`reconciliation-sign-${side}`}>
              {SIDE_LABELS[side]}方签认
            </Button>
          </Popconfirm>
        ))}
      <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/reconciliation/${header.id}`)} data-testid="doc-print">
        打印预览
      </Button>
      {open && <DifferenceModal header={header} body={body} onClose={() => setOpen(false)} onDone={() => { setOpen(false); onChanged() }} />}
    </>
  )
}

function DifferenceModal({ header, body, onClose, onDone }: { header: TypeViewProps<ReconciliationBody>['header']; body: ReconciliationBody; onClose(): void; onDone(): void }) {
  const { lines } = useAllSnapshotLines(header.id, false)
  return (
    <FormModal<DifferenceValues>
      open
      title={`记录差异 ${header.docNo}`}
      submitText="记录"
      testId="reconciliation-difference"
      onClose={onClose}
      enterSubmits={false}
      width={640}
      initialValues={{ figure: 'receivable', resolverSide: 'finance' }}
      errorFields={{ RECONCILIATION_CONTRACT_NOT_IN_SNAPSHOT: 'contractId', RECONCILIATION_CORRECTS_UNKNOWN: 'correctsLineNo' }}
      onSubmit={async (v) => {
        await call('reconciliations.recordDifference', {
          id: header.id, version: header.version, contractId: v.contractId, figure: v.figure ?? 'other', salesFen: optionalFen(v.sales), financeFen: optionalFen(v.finance),
          explanation: v.explanation ?? '', resolverSide: v.resolverSide ?? 'finance', resolverName: v.resolverName ?? '', correctsLineNo: v.correctsLineNo,
        })
        onDone()
      }}
    >
      <Form.Item label="合同" name="contractId">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={lines === null}
          placeholder="与合同无关的差异可不选"
          data-testid="reconciliation-difference-contract"
          options={(lines ?? []).map((l) => ({ value: l.contractId, label: `${l.contractNo} ${l.customerName}${l.differs ? '（不一致）' : ''}` }))}
        />
      </Form.Item>
      <Form.Item label="差异项目" name="figure" rules={[{ required: true, message: '请选择差异项目' }]}>
        <Select data-testid="reconciliation-difference-figure" options={DIFFERENCE_FIGURES.map((f) => ({ value: f, label: DIFFERENCE_FIGURE_LABELS[f] }))} />
      </Form.Item>
      <Form.Item label="销售方金额（元）" name="sales">
        <YuanInput data-testid="reconciliation-difference-sales" />
      </Form.Item>
      <Form.Item label="财务方金额（元）" name="finance">
        <YuanInput data-testid="reconciliation-difference-finance" />
      </Form.Item>
      <Form.Item label="差异说明" name="explanation" rules={[{ required: true, whitespace: true, message: '请输入差异说明' }]}>
        <Input.TextArea rows={2} maxLength={300} data-testid="reconciliation-difference-explanation" />
      </Form.Item>
      <Form.Item label="处理方" name="resolverSide">
        <Radio.Group options={[{ value: 'sales', label: '销售' }, { value: 'finance', label: '财务' }]} data-testid="reconciliation-difference-side" />
      </Form.Item>
      <Form.Item label="处理人" name="resolverName" rules={[{ required: true, whitespace: true, message: '请输入处理人' }]}>
        <Input maxLength={32} data-testid="reconciliation-difference-resolver" />
      </Form.Item>
      {body.differences.length > 0 && (
        <Form.Item label="更正第几行" name="correctsLineNo" extra="更正不会改动原记录，而是新增一行并注明更正哪一行">
          <Select allowClear data-testid="reconciliation-difference-corrects" options={body.differences.map((d) => ({ value: d.lineNo, label: `第 ${d.lineNo} 行：${d.explanation}` }))} />
        </Form.Item>
      )}
    </FormModal>
  )
}
