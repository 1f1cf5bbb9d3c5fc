import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The few antd controls the page objects drive the way a person does: type into a Select's search and
 * click the option, type a date into a DatePicker and confirm with Enter.
 */

/** The option list of the one Select that is open now. */
export function openSelectOptions(page: Page): Locator {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
}

/** Opens a Select, types `search` into it and clicks the option that `option` finds (test id or text). */
export async function pickFromSelect(page: Page, select: Locator, search: string, option: Locator | string): Promise<void> {
  await select.click()
  await page.keyboard.type(search)
  const target = typeof option === 'string' ? openSelectOptions(page).filter({ hasText: option }).first() : option
  await target.click()
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0)
}

/** The text input of a DatePicker, whether its test id sits on the input or on a wrapper. */
export function dateInput(picker: Locator): Locator {
  return picker.locator('xpath=self::input | .//input').first()
}

/**
 * Types a day (YYYY-MM-DD, the pickers' format) and leaves the field with Tab, which keeps a valid typed
 * day. Not Enter: inside a FormModal Enter also submits the whole form (by design: "Enter submits").
 */
export async function fillDate(picker: Locator, day: string): Promise<void> {
  const input = dateInput(picker)
  await input.click()
  await input.fill(day)
  await input.press('Tab')
  await expect(input).toHaveValue(day)
}
