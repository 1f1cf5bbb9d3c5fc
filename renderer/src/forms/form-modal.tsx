import { Alert, Form, Modal } from 'antd'
import { useState, type ReactNode } from 'react'
import type { ErrorCode } from '../../../shared/errors'
import { errorCode, errorText } from '../api/error-text'

interface FormModalProps<V> {
  open: boolean
  title: ReactNode
  submitText: string
  /** Prefix of the test ids: `${testId}-form`, `${testId}-submit`, `${testId}-error`. */
  testId: string
  /** Throw (an AppError) to keep the modal open and show the core's message. */
  onSubmit(values: V): Promise<void>
  /** Absent: a blocking modal with no cancel and no close (e.g. the forced password change). */
  onClose?: () => void
  initialValues?: Partial<V>
  /** Refusals that belong to one field are shown under it instead of on top (e.g. LOGIN_TAKEN → login). */
  errorFields?: Partial<Record<ErrorCode, keyof V & string>>
  /** Shown above the fields, e.g. why the modal cannot be dismissed. */
  intro?: ReactNode
  footerExtra?: ReactNode
  /** False for what cannot be undone (signing a contract, using the seal): only a click on the button submits. */
  enterSubmits?: boolean
  /** Wider than antd's 520 px for a form with a table (the payment's allocations). */
  width?: number
  children: ReactNode
}

/** A modal with one form: Enter submits, the server's refusal stays visible, fields reset on close. */
export function FormModal<V extends object>(props: FormModalProps<V>) {
  const { open, title, submitText, testId, onSubmit, onClose, initialValues, errorFields, intro, footerExtra, enterSubmits = true, width, children } = props
  // Untyped instance: setFields takes a field name chosen at run time from errorFields.
  const [form] = Form.useForm()
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const blocking = onClose === undefined

  const finish = async (values: V) => {
    setSubmitting(true)
    setError(null)
    try {
      await onSubmit(values)
    } catch (caught) {
      const code = errorCode(caught)
      const field = code ? errorFields?.[code] : undefined
      // Put the refusal where the user will fix it; anything else goes on top of the form.
      if (field) form.setFields([{ name: field, errors: [errorText(caught)] }])
      else setError(errorText(caught))
    } finally {
      setSubmitting(false)
    }
  }

  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={submitText}
      okButtonProps={{ htmlType: 'submit', loading: submitting, 'data-testid': `${testId}-submit` }}
      cancelButtonProps={blocking ? { style: { display: 'none' } } : undefined}
      onCancel={onClose}
      closable={!blocking}
      keyboard={!blocking}
      mask={{ closable: false }}
      destroyOnHidden
      afterOpenChange={(visible) => visible || setError(null)}
      footer={(buttons) => (
        <>
          {footerExtra}
          {buttons}
        </>
      )}
      // The form wraps the footer too, so the OK button is its submit button and Enter works in any field.
      modalRender={(dom) => (
        <Form<V>
          form={form}
          layout="vertical"
          requiredMark
          initialValues={initialValues}
          onFinish={(values) => void finish(values)}
          onValuesChange={() => error && setError(null)}
          clearOnDestroy
          onKeyDown={(event) => {
            // A date typed and confirmed with Enter must not sign anything by itself.
            if (!enterSubmits && event.key === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT') event.preventDefault()
          }}
          data-testid={`${testId}-form`}
        >
          {dom}
        </Form>
      )}
    >
      {intro}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid={`${testId}-error`} />}
      {children}
    </Modal>
  )
}
