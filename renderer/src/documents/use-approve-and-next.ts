import { App } from 'antd'
import { useEffect } from 'react'
import { useNavigate } from 'react-router-dom'
import { errorText } from '../api/error-text'
import { nextInQueue } from '../queue/next-in-queue'

/** The keyboard for 同意并处理下一条, named in the button's tooltip. */
export const APPROVE_AND_NEXT_KEY = { label: 'Alt+N', matches: (e: KeyboardEvent) => e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN' }

/**
 * After 同意并处理下一条 (or 驳回并处理下一条): the next document of the same 待办 opens (asked of the core, not taken from the
 * list this window loaded); when none is left, the 待办 itself, which then says so.
 */
export function useOpenNext() {
  const navigate = useNavigate()
  const { message } = App.useApp()
  return async (handledDocumentId: number, done: '同意' | '驳回' = '同意') => {
    let next
    try {
      next = await nextInQueue(handledDocumentId)
    } catch (caught) {
      // The decision stands; only finding the next failed: the page stays on the decided document.
      message.error(`已${done}，但未能读取下一条待办：${errorText(caught)}`)
      return
    }
    if (next) navigate(`/documents/${next.documentId}`)
    else {
      message.info('待办已全部处理')
      navigate('/')
    }
  }
}

/** Alt+N anywhere on the page opens the 同意并处理下一条 dialog, while 同意 is offered and no dialog is open. */
export function useApproveAndNextKey(enabled: boolean, open: () => void) {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent) => {
      if (!APPROVE_AND_NEXT_KEY.matches(event)) return
      event.preventDefault()
      open()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [enabled, open])
}
