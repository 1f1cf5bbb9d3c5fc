import { PrinterOutlined, SaveOutlined } from '@ant-design/icons'
import { App, AutoComplete, Button, Card, Flex, Form, InputNumber, Radio, Switch, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import type { DeskPrinter } from '../../../../shared/desk-api'
import { deskCall, hasDesk } from '../../api/desk-client'
import { OFFSET_LIMIT, useDeskPrintSettings, type DeskPrintSettings } from './desk-print-settings'

interface Values {
  printerName: string
  /** mm, one decimal; stored as 0.1 mm integers. */
  x: number
  y: number
  paper: DeskPrintSettings['paper']
  silent: boolean
  via: DeskPrintSettings['via']
}

/**
 * 打印校准 (docs/printed-forms.md "Continuous paper"): this desk's printer for continuous forms, its offsets
 * (each printer keeps its own), the paper loaded, and in Electron how to print. Saved on this desk only.
 */
export function PrintCalibrationPage() {
  const [settings, save] = useDeskPrintSettings()
  const [form] = Form.useForm<Values>()
  const [printers, setPrinters] = useState<DeskPrinter[]>([])
  const navigate = useNavigate()
  const { message } = App.useApp()
  const desk = hasDesk()

  useEffect(() => {
    if (!desk) return
    deskCall('desk.printers', {})
      .then(setPrinters)
      .catch(() => setPrinters([]))
  }, [desk])

  const offsetOf = (name: string) => settings.offsets[name] ?? { x: 0, y: 0 }
  const initial: Values = { printerName: settings.printerName, x: offsetOf(settings.printerName).x / 10, y: offsetOf(settings.printerName).y / 10, paper: settings.paper, silent: settings.silent, via: settings.via }

  // Each printer keeps its own offsets: choosing another printer shows its saved ones.
  const onValuesChange = (changed: Partial<Values>) => {
    if (changed.printerName === undefined) return
    const o = offsetOf(changed.printerName.trim())
    form.setFieldsValue({ x: o.x / 10, y: o.y / 10 })
  }

  const store = async (): Promise<boolean> => {
    try {
      const v = await form.validateFields()
      const printerName = v.printerName.trim()
      save({ printerName, paper: v.paper, silent: v.silent, via: v.via, offsets: { ...settings.offsets, [printerName]: { x: Math.round(v.x * 10), y: Math.round(v.y * 10) } } })
      return true
    } catch {
      return false
    }
  }

  const saveAndOpen = async (path: string) => {
    if (await store()) navigate(path)
  }

  const mm = { min: -OFFSET_LIMIT / 10, max: OFFSET_LIMIT / 10, step: 0.1, precision: 1, addonAfter: 'mm', style: { width: 160 } }
  return (
    <Card title="打印校准（连续纸 241 × 140 mm）" data-testid="print-calibration">
      <Typography.Paragraph type="secondary">
        只保存在本机：每台打印机各自的偏移。先打印校准页，量出十字中心的实际位置，按差值修改偏移后再打印核对；再打印样张看整张单据的位置。
      </Typography.Paragraph>
      <Form form={form} layout="horizontal" labelCol={{ flex: '140px' }} initialValues={initial} onValuesChange={onValuesChange} style={{ maxWidth: 640 }}>
        <Form.Item name="printerName" label="打印机" rules={[{ max: 200, message: '打印机名称最多 200 个字' }]} extra={desk ? '从列表选择，或填写系统中的打印机名称；留空为系统默认打印机' : '浏览器中由打印对话框选择打印机；此处填写您将选择的打印机名称，以便使用它的偏移'}>
          <AutoComplete options={printers.map((p) => ({ value: p.name, label: p.isDefault ? `${p.displayName}（默认）` : p.displayName }))} placeholder="系统默认打印机" data-testid="calibration-printer" />
        </Form.Item>
        <Form.Item name="x" label="左右偏移 X" extra="正数右移，负数左移" rules={[{ required: true, message: '请输入左右偏移' }]}>
          <InputNumber {...mm} data-testid="calibration-x" />
        </Form.Item>
        <Form.Item name="y" label="上下偏移 Y" extra="正数下移，负数上移" rules={[{ required: true, message: '请输入上下偏移' }]}>
          <InputNumber {...mm} data-testid="calibration-y" />
        </Form.Item>
        <Form.Item name="paper" label="纸张">
          <Radio.Group data-testid="calibration-paper">
            <Radio value="plain">普通连续纸（每联单独打印一张）</Radio>
            <Radio value="carbonless">四联无碳复写纸（一次打印）</Radio>
          </Radio.Group>
        </Form.Item>
        {desk && (
          <>
            <Form.Item name="via" label="打印方式" extra="打印机驱动不认自定义纸张时，改为生成 PDF，再用 PDF 阅读器按实际大小打印">
              <Radio.Group>
                <Radio value="printer">直接打印</Radio>
                <Radio value="pdf">生成 PDF（241 × 140 mm）</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item name="silent" label="不弹出打印对话框" valuePropName="checked">
              <Switch />
            </Form.Item>
          </>
        )}
        <Flex gap={8} style={{ marginInlineStart: 140 }}>
          <Button type="primary" icon={<SaveOutlined />} onClick={async () => (await store()) && void message.success('已保存到本机')} data-testid="calibration-save">
            保存
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => void saveAndOpen('/print/calibration')} data-testid="calibration-print-sheet">
            保存并打印校准页
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => void saveAndOpen('/print/specimen')} data-testid="calibration-print-specimen">
            保存并打印样张
          </Button>
        </Flex>
      </Form>
    </Card>
  )
}
