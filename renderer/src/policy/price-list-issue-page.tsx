import { ArrowLeftOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Skeleton, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import type { PriceListDto, ProductDto } from '../../../shared/api'
import { call } from '../api/client'
import { errorCode, errorText } from '../api/error-text'
import { IssueAuthorities } from './issue-authorities'
import { IssueItemsTable } from './issue-items-table'
import { formFieldOf, initialIssueValues, toIssueInput, type IssueValues } from './issue-values'
import { shanghaiToday } from './price-list-status'

type Source = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; from: PriceListDto | null; products: ProductDto[] }

function fieldErrors(details: unknown): { name: (string | number)[]; errors: string[] }[] {
  const fields = (details as { fields?: { path: string; message: string }[] } | null)?.fields ?? []
  return fields.flatMap(({ path, message }) => {
    const name = formFieldOf(path)
    return name ? [{ name, errors: [message] }] : []
  })
}

/** 发布新价目表 (R1, general manager): starts from the version in force (or ?from=id) and issues a new one. */
export function PriceListIssuePage() {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const fromId = Number(params.get('from')) || null
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<IssueValues>()
  const [source, setSource] = useState<Source>({ kind: 'loading' })
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const today = shanghaiToday()

  useEffect(() => {
    let stale = false
    Promise.all([
      fromId ? call('priceLists.get', { id: fromId }) : call('priceLists.inForce', {}),
      call('products.list', { includeInactive: true }),
    ])
      .then(([from, products]) => stale || setSource({ kind: 'ready', from, products }))
      .catch((caught: unknown) => stale || setSource({ kind: 'error', message: errorText(caught) }))
    return () => {
      stale = true
    }
  }, [fromId])

  const issue = async (values: IssueValues) => {
    setSubmitting(true)
    setError(null)
    try {
      const issued = await call('priceLists.issue', toIssueInput(values))
      message.success(`已发布价目表第 ${issued.versionNo} 版，${issued.effectiveFrom} 起生效`)
      navigate(`/policy/price-lists/${issued.id}`)
    } catch (caught) {
      const code = errorCode(caught)
      const fields = code === 'INVALID_INPUT' ? fieldErrors((caught as { details?: unknown }).details) : []
      if (code === 'POLICY_DATE_TAKEN' || code === 'POLICY_BACKDATED') form.setFields([{ name: 'effectiveFrom', errors: [errorText(caught)] }])
      else if (fields.length > 0) form.setFields(fields as Parameters<typeof form.setFields>[0])
      else setError(errorText(caught))
    } finally {
      setSubmitting(false)
    }
  }

  // Issued versions cannot be changed, so say what is about to happen before it does.
  const confirm = (values: IssueValues) => {
    modal.confirm({
      title: '发布新价目表？',
      content: `${values.effectiveFrom?.format('YYYY-MM-DD')} 起生效，共 ${values.items.length} 个产品。发布后不能修改，如需调整须再发布新的一版。`,
      okText: '确定发布',
      cancelText: '再看看',
      okButtonProps: { 'data-testid': 'issue-confirm' },
      onOk: () => issue(values),
    })
  }

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/policy?tab=price-lists')} data-testid="issue-cancel">
      返回价目表
    </Button>
  )
  if (source.kind !== 'ready') {
    return (
      <Card title={back}>
        {source.kind === 'loading' ? <Skeleton active /> : <Alert type="error" showIcon title={source.message} data-testid="issue-error" />}
      </Card>
    )
  }

  return (
    <Card title={<Flex align="center" gap={12}>{back}<span>发布新价目表</span></Flex>}>
      <Typography.Paragraph type="secondary">
        {source.from
          ? `以第 ${source.from.versionNo} 版（${source.from.effectiveFrom} 起${source.from.inForce ? '，现行' : ''}）为底稿，修改后发布为新的一版。`
          : '尚无可参照的价目表，请逐个添加产品。'}
        金额单位为元，最多两位小数。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="issue-error" />}
      <Form<IssueValues>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={initialIssueValues(source.from)}
        onFinish={confirm}
        onValuesChange={() => error && setError(null)}
        scrollToFirstError={{ block: 'center' }}
        data-testid="issue-form"
      >
        <Flex gap={16} wrap>
          <Form.Item label="生效日期" name="effectiveFrom" required rules={[{ required: true, message: '请选择生效日期' }]}>
            <DatePicker
              disabledDate={(day) => day.format('YYYY-MM-DD') < today}
              placeholder="不早于今天"
              style={{ width: 180 }}
              data-testid="issue-effective-from"
            />
          </Form.Item>
          <Form.Item label="说明" name="note" style={{ flex: 1, minWidth: 280, maxWidth: 640 }}>
            <Input maxLength={200} placeholder="如：原材料涨价，上调钢结构类产品牌价" data-testid="issue-note" />
          </Form.Item>
        </Flex>
        <Typography.Title level={5} style={{ marginTop: 4 }}>
          价格浮动权
        </Typography.Title>
        <div style={{ marginBottom: 20 }}>
          <IssueAuthorities form={form} />
        </div>
        <Typography.Title level={5}>产品价格</Typography.Title>
        <IssueItemsTable form={form} products={source.products} />
        <Flex gap={8} justify="end" style={{ marginTop: 20 }}>
          <Button onClick={() => navigate('/policy?tab=price-lists')}>取消</Button>
          <Button type="primary" htmlType="submit" loading={submitting} data-testid="issue-submit">
            发布
          </Button>
        </Flex>
      </Form>
    </Card>
  )
}
