import { CheckOutlined } from '@ant-design/icons'
import { Alert, App, Button, Flex, Input, Modal, Table, Typography } from 'antd'
import { useState } from 'react'
import type { BatchApproveOutcome, DocumentView } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'
import { call } from '../api/client'
import { errorText } from '../api/error-text'
import { useOpenedOnce } from '../hooks/use-opened-once'
import type { QueueListRow } from './queue-rows-merge'

interface Props {
  /** The ticked 待办 rows, in the order ticked. */
  rows: readonly QueueListRow[]
  onDone(): void
  onClear(): void
}

/**
 * 批量同意 (issue 10): the ticked documents are read again (what the confirmation lists is what is
 * approved: each at the version shown), then the core approves them one by one (documents.approveMany,
 * the single 同意's path and rules for each); the summary lists every refusal with its reason.
 */
export function BatchApprove({ rows, onDone, onClear }: Props) {
  const { message } = App.useApp()
  const [views, setViews] = useState<DocumentView[] | null>(null)
  const [comment, setComment] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [outcomes, setOutcomes] = useState<BatchApproveOutcome[] | null>(null)

  const review = async () => {
    setBusy(true)
    setError(null)
    try {
      const read: DocumentView[] = []
      for (const row of rows) read.push(await call('documents.get', { id: row.documentId }))
      setViews(read)
    } catch (caught) {
      message.error(errorText(caught))
    } finally {
      setBusy(false)
    }
  }

  const approve = async () => {
    if (!views) return
    setBusy(true)
    setError(null)
    try {
      const result = await call('documents.approveMany', { items: views.map((v) => ({ id: v.header.id, version: v.header.version })), ...(comment.trim() ? { comment } : {}) })
      setViews(null)
      setComment('')
      setOutcomes(result)
      // The ticks are spent: a document approved here may come back to this 待办 at its next step.
      onClear()
      onDone()
    } catch (caught) {
      setError(errorText(caught))
    } finally {
      setBusy(false)
    }
  }

  // Each dialog is mounted from its first opening on: a closed antd Modal still renders on the queue's first paint.
  const opened = useOpenedOnce({ confirm: views !== null, result: outcomes !== null })
  const refused = outcomes?.filter((o): o is Extract<BatchApproveOutcome, { ok: false }> => !o.ok) ?? []
  return (
    <Flex align="center" gap={8} data-testid="batch-bar">
      <Typography.Text data-testid="batch-selected-count">已选 {rows.length} 份</Typography.Text>
      <Button size="small" type="primary" icon={<CheckOutlined />} disabled={rows.length === 0} loading={busy && !views} onClick={() => void review()} data-testid="batch-approve">
        批量同意
      </Button>
      {rows.length > 0 && <Button size="small" type="link" onClick={onClear}>清除选择</Button>}

      {opened.confirm && (
        <Modal
          open={views !== null}
          title={`批量同意 ${views?.length ?? 0} 份单据`}
          okText="确认同意"
          onOk={() => void approve()}
          confirmLoading={busy}
          onCancel={() => setViews(null)}
          width={720}
          data-testid="batch-confirm"
        >
          <Typography.Paragraph type="secondary">
            逐份办理：每份单据按单独“同意”的规则检查（岗位、不相容岗位、代理期间、版本），不能同意的会在结果中列出原因，其余照常同意。
          </Typography.Paragraph>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
          <Table<DocumentView>
            size="small"
            rowKey={(v) => v.header.id}
            dataSource={views ?? []}
            pagination={false}
            scroll={{ y: 300 }}
            columns={[
              { title: '单号', key: 'no', width: 140, className: 'tabular-nums', render: (_, v) => v.header.docNo },
              { title: '客户', key: 'customer', ellipsis: true, render: (_, v) => v.header.customerName ?? '—' },
              { title: '金额（元）', key: 'amount', width: 130, align: 'right', className: 'tabular-nums', render: (_, v) => (v.header.amountFen == null ? '—' : formatYuan(v.header.amountFen)) },
              { title: '当前步骤', key: 'step', width: 130, render: (_, v) => v.chain.find((s) => s.status === 'current')?.name ?? '—' },
            ]}
          />
          <Input.TextArea style={{ marginTop: 12 }} rows={2} maxLength={500} placeholder="审批意见（可不填，将写在每份单据上）" value={comment} onChange={(e) => setComment(e.target.value)} data-testid="batch-comment" />
        </Modal>
      )}

      {opened.result && (
        <Modal
          open={outcomes !== null}
          title="批量同意结果"
          footer={<Button type="primary" onClick={() => setOutcomes(null)}>知道了</Button>}
          onCancel={() => setOutcomes(null)}
          width={720}
          data-testid="batch-result"
        >
          <Typography.Paragraph data-testid="batch-summary">
            已同意 {(outcomes?.length ?? 0) - refused.length} 份{refused.length > 0 ? `，${refused.length} 份未能同意：` : '。'}
          </Typography.Paragraph>
          {refused.length > 0 && (
            <Table
              size="small"
              rowKey="id"
              dataSource={refused}
              pagination={false}
              scroll={{ y: 300 }}
              data-testid="batch-refused"
              columns={[
                { title: '单号', dataIndex: 'docNo', width: 140, className: 'tabular-nums', render: (no: string | null, o) => no ?? `#${o.id}` },
                { title: '原因', dataIndex: 'message' },
                { title: '代码', dataIndex: 'code', width: 190, render: (code: string) => <Typography.Text type="secondary" style={{ fontSize: 12 }}>{code}</Typography.Text> },
              ]}
            />
          )}
        </Modal>
      )}
    </Flex>
  )
}
