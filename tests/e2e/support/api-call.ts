import type { Page, Response } from '@playwright/test'

/**
 * Waits for the host's answer to one API method (POST /api/call with { method }). Used around a click
 * whose visible result may look the same as before (e.g. a fourth "用户名或密码错误"), so an assertion
 * never reads the previous attempt's message.
 */
export function answerTo(page: Page, method: string): Promise<Response> {
  return page.waitForResponse((response) => {
    if (!response.url().endsWith('/api/call') || response.request().method() !== 'POST') return false
    try {
      return (response.request().postDataJSON() as { method?: unknown } | null)?.method === method
    } catch {
      return false
    }
  })
}
