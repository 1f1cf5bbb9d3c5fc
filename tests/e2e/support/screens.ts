import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, type Page } from '@playwright/test'

/** Full-page screenshots for people to look at: test-results/screenshots/NN-name.png. */
export async function saveScreen(page: Page, name: string): Promise<void> {
  const dir = join(test.info().project.outputDir, 'screenshots')
  mkdirSync(dir, { recursive: true })
  // animations: 'disabled' lets modal fades and badge digits finish instead of catching them midway;
  // the passing "已新建用户…" toasts are hidden so the picture shows the screen, not the last action.
  await page.screenshot({
    path: join(dir, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
    style: '.ant-message { display: none !important; }',
  })
}

/** The same screen on a 1920×1080 monitor, then back to the configured laptop size. */
export async function saveScreenAt1080p(page: Page, name: string): Promise<void> {
  const before = page.viewportSize()
  await page.setViewportSize({ width: 1920, height: 1080 })
  try {
    await saveScreen(page, name)
  } finally {
    if (before) await page.setViewportSize(before)
  }
}
