import { App, Button, Flex, Tooltip } from 'antd'
import { useCallback, useState } from 'react'
import type { DocumentView } from '../../../shared/api'
import { DOCUMENT_ACTION_KEYS, DOCUMENT_ACTIONS, type DocumentAction } from '../../../shared/document-states'
import { call } from '../api/client'
import { errorCode, errorText } from '../api/error-text'
import { ActCommentModal, APPROVE_AND_NEXT, REJECT_AND_NEXT, type CommentedAction } from './act-comment-modal'
import { APPROVE_AND_NEXT_KEY, useApproveAndNextKey, useOpenNext } from './use-approve-and-next'

interface Props {
  view: DocumentView
  /** The view the core answered after the action: the page re-renders from it. */
  onDone(view: DocumentView): void
  /** Someone else acted first (STALE_VERSION): the page offers 刷新. */
  onStale(): void
}

// Always in shared DOCUMENT_ACTIONS' order, whatever order the core lists them in; only those the core offers are shown.
const WITH_COMMENT = new Set<DocumentAction>(['approve', 'reject', 'comment'])
const CONFIRM_TEXT = {
  void: '作废后单据不再流转，也不能恢复。',
  close: '关闭后单据只能查看，不能再办理、修改或作废，也不能恢复（R19）。',
}

/** Exactly `view.actions`, each sent with the version the page shows; the core decides again. */
export function DocumentActions({ view, onDone, onStale }: Props) {
  const { message, modal } = App.useApp()
  const [dialog, setDialog] = useState<CommentedAction | null>(null)
  const [busy, setBusy] = useState<DocumentAction | null>(null)
  // 同意并处理下一条 / 驳回并处理下一条: the approve or reject dialog, then the next of the 待办.
  const [andNext, setAndNext] = useState(false)
  const openNext = useOpenNext()
  const { header } = view
  const canApprove = view.actions.includes('approve')
  const canReject = view.actions.includes('reject')
  const approveAndNext = useCallback(() => {
    setAndNext(true)
    setDialog('approve')
  }, [])
  const rejectAndNext = () => {
    setAndNext(true)
    setDialog('reject')
  }
  useApproveAndNextKey(canApprove && dialog === null, approveAndNext)

  const act = async (action: DocumentAction, comment?: string) => {
    const next = await call('documents.act', { id: header.id, version: header.version, action, comment })
    onDone(next)
    message.success(`已${DOCUMENT_ACTIONS[action]}`)
  }

  /** Direct actions: the refusal is shown as a message; a stale version turns into the page's 刷新 bar. */
  const actNow = async (action: DocumentAction) => {
    setBusy(action)
    try {
      await act(action)
    } catch (caught) {
      if (errorCode(caught) === 'STALE_VERSION') onStale()
      else message.error(errorText(caught))
    } finally {
      setBusy(null)
    }
  }

  // Void and close cannot be undone: each asks first.
  const confirm = (action: 'void' | 'close') =>
    modal.confirm({
      title: `${DOCUMENT_ACTIONS[action]} ${header.docNo}？`,
      content: CONFIRM_TEXT[action],
      okText: DOCUMENT_ACTIONS[action],
      okButtonProps: { danger: action === 'void', 'data-testid': `doc-${action}-confirm` },
      cancelText: '取消',
      onOk: () => actNow(action),
    })

  const click = (action: DocumentAction) => {
    setAndNext(false)
    if (WITH_COMMENT.has(action)) setDialog(action as CommentedAction)
    else if (action === 'void' || action === 'close') confirm(action)
    else void actNow(action)
  }

  const shown = DOCUMENT_ACTION_KEYS.filter((action) => view.actions.includes(action))
  return (
    <Flex gap={8} wrap data-testid="doc-actions">
      {shown.map((action) => (
        <Button
          key={action}
          type={action === 'submit' || action === 'approve' ? 'primary' : 'default'}
          danger={action === 'reject' || action === 'void'}
          loading={busy === action}
          disabled={busy !== null && busy !== action}
          onClick={() => click(action)}
          data-testid={`doc-action-${action}`}
        >
          {DOCUMENT_ACTIONS[action]}
        </Button>
      ))}
      {canApprove && (
        <Tooltip title={`同意后打开待办中的下一条（快捷键 ${APPROVE_AND_NEXT_KEY.label}）`}>
          <Button type="primary" ghost disabled={busy !== null} onClick={approveAndNext} data-testid="doc-action-approve-next">
            {APPROVE_AND_NEXT}
          </Button>
        </Tooltip>
      )}
      {canReject && (
        <Tooltip title="驳回后打开待办中的下一条">
          <Button danger ghost disabled={busy !== null} onClick={rejectAndNext} data-testid="doc-action-reject-next">
            {REJECT_AND_NEXT}
          </Button>
        </Tooltip>
      )}
      <ActCommentModal
        action={dialog}
        docNo={header.docNo}
        andNext={andNext}
        onClose={() => setDialog(null)}
        onSubmit={async (action, comment) => {
          try {
            await act(action, comment)
            setDialog(null)
            if (andNext && action === 'approve') await openNext(header.id)
            if (andNext && action === 'reject') await openNext(header.id, '驳回')
          } catch (caught) {
            if (errorCode(caught) !== 'STALE_VERSION') throw caught // shown inside the modal
            setDialog(null)
            onStale()
          }
        }}
      />
    </Flex>
  )
}
