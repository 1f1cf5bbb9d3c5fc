import { ScanOutlined } from '@ant-design/icons'
import { App, Input, type InputRef } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { call } from '../api/client'
import { errorText } from '../api/error-text'

/** F2 from any page puts the cursor here; a scan then needs no click (the warehouse and the gate work from paper). */
const FOCUS_KEY = 'F2'

/**
 * 扫码/单号 (issue 12): the QR on every printed form is the document's number; a keyboard-wedge scanner
 * types it and Enter into whatever has the focus. Here, on every page, that opens the document
 * (documents.findByNumber, with documents.get's need-to-know); typed by hand it works the same.
 */
export function ScanBox() {
  const { message } = App.useApp()
  const navigate = useNavigate()
  const input = useRef<InputRef>(null)
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== FOCUS_KEY || event.altKey || event.ctrlKey || event.metaKey) return
      event.preventDefault()
      input.current?.focus({ cursor: 'all' })
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const open = async () => {
    if (!text.trim() || busy) return
    setBusy(true)
    try {
      const { id } = await call('documents.findByNumber', { docNo: text })
      setText('')
      input.current?.blur()
      navigate(`/documents/${id}`)
    } catch (caught) {
      message.error(errorText(caught))
      // The next scan replaces the wrong number rather than appending to it.
      input.current?.focus({ cursor: 'all' })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Input
      ref={input}
      size="small"
      allowClear
      prefix={<ScanOutlined />}
      placeholder="扫码/单号（F2）"
      value={text}
      onChange={(event) => setText(event.target.value)}
      onPressEnter={() => void open()}
      onFocus={(event) => event.target.select()}
      disabled={busy}
      maxLength={40}
      style={{ width: 168 }}
      aria-label="扫码或输入单号，回车打开单据"
      data-testid="scan-box"
    />
  )
}
