import { Alert, App, Button, Card, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Radio, Result, Spin, Table } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useEffect, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import type { AcceptableLineDto, AcceptancePrepareDto } from '../../../../shared/doc-types/acceptance/acceptance-body'
import { call } from '../../api/client'
import { errorText } from '../../api/error-text'
import { parseId } from '../../documents/use-document-view'

interface LineValues { quantity?: number | null; appearanceOk: boolean; functionOk: boolean; problem?: string }
interface Values { signatory: string; signedOn: Dayjs; paperRef?: string; responsible?: string; remark?: string; lines: Record<string, LineValues> }

const passFail = (testId: string) => (
  <Radio.Group optionType="button" buttonStyle="solid" size="small" data-testid={testId}
    options={[{ label: '合格', value: true }, { label: '不合格', value: false }]} />
)

/** Route /acceptances/new?workOrder=ID[&rectification=ID] — 验收报告 (R13) by service, or the re-acceptance (复验) of a rectification. */
export function AcceptanceFormPage() {
  const [search] = useSearchParams()
  const workOrderId = parseId(search.get('workOrder') ?? '')
  const rectificationId = parseId(search.get('rectification') ?? '')
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [prepared, setPrepared] = useState<AcceptancePrepareDto | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const lines = Form.useWatch('lines', form)
  useEffect(() => {
    if (workOrderId === null) return setLoadError('缺少派工单')
    call('acceptances.prepare', { workOrderId, ...(rectificationId !== null ? { rectificationId } : {}) }).then(setPrepared, (e: unknown) => setLoadError(errorText(e)))
  }, [workOrderId, rectificationId])

  if (loadError) return <Result status="warning" title="无法记录验收" subTitle={loadError} data-testid="acceptance-load-error" />
  if (!prepared) return <Flex justify="center" style={{ padding: 80 }}><Spin size="large" /></Flex>
  const open = prepared.lines.filter((l) => l.remaining > 0)
  const anyFailed = Object.values(lines ?? {}).some((l) => l && (l.appearanceOk === false || l.functionOk === false))
  const initial: Values = {
    signatory: '', signedOn: dayjs(),
    lines: Object.fromEntries(open.map((l) => [String(l.workOrderLineNo), { quantity: l.remaining, appearanceOk: true, functionOk: true }])),
  }
  const finish = async (v: Values) => {
    setSaving(true)
    setError(null)
    try {
      const chosen = Object.entries(v.lines).filter(([, l]) => (l.quantity ?? 0) > 0)
      const saved = await call('acceptances.record', {
        workOrderId: prepared.workOrderId, ...(prepared.rectificationId !== null ? { rectificationId: prepared.rectificationId } : {}),
        signatory: v.signatory, signedOn: v.signedOn.format('YYYY-MM-DD'), paperRef: v.paperRef, remark: v.remark, responsible: v.responsible,
        lines: chosen.map(([no, l]) => ({ workOrderLineNo: Number(no), quantity: l.quantity!, appearanceOk: l.appearanceOk, functionOk: l.functionOk, problem: l.problem })),
      })
      message.success(`验收报告 ${saved.header.docNo} 已记录`)
      navigate(`/documents/${saved.header.id}`)
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setSaving(false)
    }
  }
  return (
    <Card title={prepared.rectificationNo ? `复验（整改单 ${prepared.rectificationNo}）` : '记录验收报告'} data-testid="acceptance-form">
      <Descriptions size="small" column={3} style={{ marginBottom: 16 }} items={[
        { key: 'wo', label: '派工单', children: prepared.workOrderNo },
        { key: 'contract', label: '销售合同', children: prepared.contractNo },
        { key: 'customer', label: '客户', children: prepared.customerName },
        { key: 'site', label: '安装地址', children: prepared.siteAddress, span: 2 },
        { key: 'done', label: '完工日期', children: prepared.completedOn },
      ]} />
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="acceptance-error" />}
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => void finish(v)}>
        <Table<AcceptableLineDto>
          size="small" rowKey="workOrderLineNo" pagination={false} dataSource={open} style={{ marginBottom: 16 }}
          columns={[
            { title: '行', dataIndex: 'workOrderLineNo', width: 44 },
            { title: '产品', key: 'p', render: (_, l) => `${l.productName}（${l.productCode}）${l.spec}` },
            { title: '可验收', dataIndex: 'remaining', width: 80, align: 'right', render: (q: number, l) => `${q} ${l.unit}` },
            { title: '验收数量', key: 'q', width: 110, render: (_, l) => (
              <Form.Item name={['lines', String(l.workOrderLineNo), 'quantity']} noStyle>
                <InputNumber min={0} max={l.remaining} precision={0} disabled={prepared.rectificationId !== null} data-testid={`acceptance-quantity-${l.workOrderLineNo}`} />
              </Form.Item>
            ) },
            { title: '外观', key: 'a', width: 140, render: (_, l) => <Form.Item name={['lines', String(l.workOrderLineNo), 'appearanceOk']} noStyle>{passFail(`acceptance-appearance-${l.workOrderLineNo}`)}</Form.Item> },
            { title: '功能', key: 'f', width: 140, render: (_, l) => <Form.Item name={['lines', String(l.workOrderLineNo), 'functionOk']} noStyle>{passFail(`acceptance-function-${l.workOrderLineNo}`)}</Form.Item> },
            { title: '问题（不合格时必填）', key: 'problem', render: (_, l) => (
              <Form.Item name={['lines', String(l.workOrderLineNo), 'problem']} noStyle>
                <Input maxLength={300} data-testid={`acceptance-problem-${l.workOrderLineNo}`} />
              </Form.Item>
            ) },
          ]}
        />
        <Flex gap={16} wrap>
          <Form.Item label="客户签字人" name="signatory" rules={[{ required: true, message: '请输入客户签字人' }]} style={{ width: 220 }}>
            <Input maxLength={32} data-testid="acceptance-signatory" />
          </Form.Item>
          <Form.Item label="签字日期" name="signedOn" rules={[{ required: true, message: '请选择签字日期' }]}>
            <DatePicker data-testid="acceptance-signed-on" />
          </Form.Item>
          <Form.Item label="纸质验收单编号" name="paperRef" style={{ width: 220 }}>
            <Input maxLength={60} data-testid="acceptance-paper-ref" />
          </Form.Item>
          {anyFailed && (
            <Form.Item label="整改责任人" name="responsible" rules={[{ required: true, message: '有不合格项，请填写整改责任人' }]} style={{ width: 220 }}>
              <Input maxLength={32} data-testid="acceptance-responsible" />
            </Form.Item>
          )}
        </Flex>
        <Form.Item label="备注" name="remark">
          <Input.TextArea rows={2} maxLength={500} data-testid="acceptance-remark" />
        </Form.Item>
        {anyFailed && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="有不合格项：记录后自动开整改单，须在 24 小时内答复（R13）" />}
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="acceptance-submit">记录验收</Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Flex>
      </Form>
    </Card>
  )
}
