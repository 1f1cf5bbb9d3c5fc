import { App, Button, Flex } from 'antd'
import { useState } from 'react'
import type { DocumentView } from '../../../shared/api'
import { DOCUMENT_ACTIONS, type DocumentAction } from '../../../shared/document-states'
import { call } from '../api/client'
import { errorCode, errorText } from '../api/error-text'
import { ActCommentModal, type CommentedAction } from './act-comment-modal'

interface Props {
  view: DocumentView
  /** The view the core answered after the action: the page re-renders from it. */
  onDone(view: DocumentView): void
  /** Someone else acted first (STALE_VERSION): the page offers 刷新. */
  onStale(): void
}

// Always in this order, whatever order the core lists them in; only those the core offers are shown.
const ORDER: DocumentAction[] = ['submit', 'approve', 'reject', 'withdraw', 'comment', 'void']
const WITH_COMMENT = new Set<DocumentAction>(['approve', 'reject', 'comment'])

/** Exactly `view.actions`, each sent with the version the page shows; the core decides again. */
export function DocumentActions({ view, onDone, onStale }: Props) {
  const { message, modal } = App.useApp()
  const [dialog, setDialog] = useState<CommentedAction | null>(null)
  const [busy, setBusy] = useState<DocumentAction | null>(null)
  const { header } = view

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

  const confirmVoid = () =>
    modal.confirm({
      title: `作废 ${header.docNo}？`,
      content: '作废后单据不再流转，也不能恢复。',
      okText: '作废',
      okButtonProps: { danger: true, 'data-testid': 'doc-void-confirm' },
      cancelText: '取消',
      onOk: () => actNow('void'),
    })

  const click = (action: DocumentAction) => {
    if (WITH_COMMENT.has(action)) setDialog(action as CommentedAction)
    else if (action === 'void') confirmVoid()
    else void actNow(action)
  }

  const shown = ORDER.filter((action) => view.actions.includes(action))
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
      <ActCommentModal
        action={dialog}
        docNo={header.docNo}
        onClose={() => setDialog(null)}
        onSubmit={async (action, comment) => {
          try {
            await act(action, comment)
            setDialog(null)
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
