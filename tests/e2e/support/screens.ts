import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { test, type Page } from '@playwright/test'

/**
 * Full-page screenshots for people to look at: test-results/screenshots/NN-name.png. The window is made as
 * tall as the page for the picture, so sticky parts (header, side menu, the form's total bar) and modal
 * masks sit where a person scrolling would see them, instead of being painted mid-page by a capture that
 * stitches a 768 px window over a longer page. Then the window gets its size back.
 */
export async function saveScreen(page: Page, name: string): Promise<void> {
  const dir = join(test.info().project.outputDir, 'screenshots')
  mkdirSync(dir, { recursive: true })
  const before = page.viewportSize()
  // A string: e2e code is compiled without DOM types.
  await page.evaluate('window.scrollTo(0, 0)')
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'))
  if (before && height > before.height) await page.setViewportSize({ width: before.width, height })
  try {
    // animations: 'disabled' lets modal fades and badge digits finish instead of catching them midway;
    // the passing "已新建用户…" toasts are hidden so the picture shows the screen, not the last action.
    await page.screenshot({
      path: join(dir, `${name}.png`),
      fullPage: true,
      animations: 'disabled',
      style: '.ant-message { display: none !important; }',
    })
  } finally {
    if (before && height > before.height) await page.setViewportSize(before)
  }
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
