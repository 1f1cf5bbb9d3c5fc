import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'

/**
 * Prints the page open in the browser to `<name>.pdf` in the project's output folder, checks it is one
 * A4 page, keeps pdftotext's layout beside it (`<name>.txt`) and returns the file and its text without whitespace:
 * pdftotext lays text out by position, so the spaces it inserts are compared away.
 */
export async function printedOnOneA4(saveAsPdf: (path: string) => Promise<unknown>, name: string): Promise<{ pdfPath: string; text: string }> {
  const dir = test.info().project.outputDir
  mkdirSync(dir, { recursive: true })
  const pdfPath = join(dir, `${name}.pdf`)
  await saveAsPdf(pdfPath)
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })
  expect(info).toMatch(/^Pages:\s+1$/m)
  expect(info).toMatch(/^Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/m)
  const layoutText = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })
  writeFileSync(join(dir, `${name}.txt`), layoutText)
  return { pdfPath, text: layoutText.replace(/\s+/g, '') }
}
