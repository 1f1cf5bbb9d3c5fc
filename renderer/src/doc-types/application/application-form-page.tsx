import { Alert, Button, Flex, Result, Spin, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useNavigate, useParams } from 'react-router-dom'
import { ERROR_MESSAGES } from '../../../../shared/errors'
import { isEditableState } from '../../documents/lifecycle-checks'
import { useMe } from '../../session/session-context'
import { ApplicationForm } from './application-form'
import { StateTag } from '../../documents/state-tag'
import { useApplicationFormData } from './use-application-form-data'
import { parseId } from '../../documents/use-document-view'

/** Routes /applications/new and /applications/:id/edit — the 合同申报单 form (R3). */
export function ApplicationFormPage() {
  const param = useParams().id
  const id = param === undefined ? null : parseId(param)
  const { data, reload } = useApplicationFormData(id)
  const me = useMe()
  const navigate = useNavigate()
  const [stale, setStale] = useState(false)
  // One object per answer from the core, so the form's memoised options do not rebuild on every render.
  const editing = useMemo(() => {
    const view = data.kind === 'ready' ? data.editing : null
    return view && view.body.kind === 'application' ? { view, body: view.body } : null
  }, [data])

  if (param !== undefined && id === null) return <Result status="warning" title="单据编号不正确" />
  if (data.kind === 'loading') {
    return (
      <Flex justify="center" style={{ padding: 80 }}>
        <Spin size="large" />
      </Flex>
    )
  }
  if (data.kind === 'failed') {
    return (
      <Result
        status="warning"
        title="无法打开申报单"
        subTitle={data.message}
        extra={<Button type="primary" onClick={reload}>重试</Button>}
        data-testid="app-load-error"
      />
    )
  }

  const view = data.editing
  if (view && view.body.kind !== 'application') return <Result status="warning" title="该单据不是合同申报单" />
  // The core refuses these saves too (DOCUMENT_NOT_EDITABLE, NOT_DRAFTER); say so before anyone types.
  const refusal = !view
    ? null
    : !isEditableState(view.header)
      ? ERROR_MESSAGES.DOCUMENT_NOT_EDITABLE
      : view.header.drafterUserId !== me.id
        ? ERROR_MESSAGES.NOT_DRAFTER
        : null
  if (view && refusal) {
    return (
      <Result
        status="info"
        title="该申报单不能修改"
        subTitle={refusal}
        extra={<Button onClick={() => navigate(`/documents/${view.header.id}`)}>查看申报单</Button>}
        data-testid="app-not-editable"
      />
    )
  }

  const lastReject = view?.header.state === 'rejected' ? [...view.trail].reverse().find((e) => e.action === 'reject') : undefined
  return (
    <Flex vertical gap={12}>
      <Flex align="center" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="app-form-title">
          {view ? `修改合同申报单 ${view.header.docNo}` : '新建合同申报单'}
        </Typography.Title>
        {view && <StateTag docType={view.header.docType} state={view.header.state} closed={view.header.closedAt !== null} />}
      </Flex>
      {stale && (
        <Alert
          type="warning"
          showIcon
          title={ERROR_MESSAGES.STALE_VERSION}
          description="这张申报单在您打开之后已被修改或办理。刷新会读取最新内容，您在本页未保存的修改将被放弃。"
          action={
            <Button size="small" type="primary" onClick={() => { setStale(false); reload() }} data-testid="app-stale-reload">
              刷新
            </Button>
          }
          data-testid="app-stale"
        />
      )}
      {lastReject && (
        <Alert
          type="error"
          showIcon
          title={`${lastReject.userName} 驳回了这张申报单`}
          description={lastReject.comment ?? '未写理由'}
          data-testid="app-reject-reason"
        />
      )}
      <ApplicationForm
        // A new version (after 刷新) starts the form again from what the core now holds.
        key={view ? `${view.header.id}-${view.header.version}` : 'new'}
        policy={data.policy}
        editing={editing}
        onReload={reload}
        onStale={() => setStale(true)}
      />
    </Flex>
  )
}
