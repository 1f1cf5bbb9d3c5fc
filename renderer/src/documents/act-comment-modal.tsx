import { Form, Input } from 'antd'
import { DOCUMENT_ACTIONS } from '../../../shared/document-states'
import { FormModal } from '../forms/form-modal'

export type CommentedAction = 'approve' | 'reject' | 'comment'

interface Props {
  action: CommentedAction | null
  docNo: string
  onSubmit(action: CommentedAction, comment: string | undefined): Promise<void>
  onClose(): void
  /** 同意并处理下一条 / 驳回并处理下一条: the same decision, then the next document of the 待办 opens. */
  andNext?: boolean
}

export const APPROVE_AND_NEXT = '同意并处理下一条'
export const REJECT_AND_NEXT = '驳回并处理下一条'
const AND_NEXT: Partial<Record<CommentedAction, string>> = { approve: APPROVE_AND_NEXT, reject: REJECT_AND_NEXT }

const TITLES: Record<CommentedAction, string> = { approve: '同意', reject: '驳回', comment: '批注' }
const PLACEHOLDERS: Record<CommentedAction, string> = {
  approve: '可填写审批意见（选填）',
  reject: '请写明要改什么，起草人会看到这段话',
  comment: '可填写批注（选填），不改变单据状态',
}

/** 同意 / 批注 take an optional comment; 驳回 needs a reason (R3: it goes back to the drafter with one). */
export function ActCommentModal({ action, docNo, onSubmit, onClose, andNext = false }: Props) {
  const shown = action ?? 'approve'
  const reasonRequired = shown === 'reject'
  return (
    <FormModal<{ comment?: string }>
      open={action !== null}
      title={`${TITLES[shown]} ${docNo}`}
      submitText={(andNext && AND_NEXT[shown]) || DOCUMENT_ACTIONS[shown]}
      testId="doc-act"
      onClose={onClose}
      onSubmit={async ({ comment }) => {
        const text = comment?.trim()
        await onSubmit(shown, text ? text : undefined)
      }}
    >
      <Form.Item
        label={reasonRequired ? '驳回理由' : '意见'}
        name="comment"
        required={reasonRequired}
        rules={[
          { max: 500, message: '意见最多 500 个字' },
          ...(reasonRequired ? [{ required: true, whitespace: true, message: '请填写驳回理由' }] : []),
        ]}
      >
        <Input.TextArea
          autoFocus
          rows={4}
          maxLength={500}
          showCount
          placeholder={PLACEHOLDERS[shown]}
          // Enter is a new line in the comment; Ctrl+Enter confirms, so the keyboard alone signs.
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault()
              event.currentTarget.closest('form')?.requestSubmit()
            }
          }}
          data-testid="doc-act-comment"
        />
      </Form.Item>
    </FormModal>
  )
}
