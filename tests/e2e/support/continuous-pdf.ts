import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'

/** 241 × 140 mm in PDF points (1 pt = 25.4 / 72 mm): 683.15 × 396.85. */
export const CONTINUOUS_PTS = { width: (241 * 72) / 25.4, height: (140 * 72) / 25.4 }
export const PT_PER_MM = 72 / 25.4

/**
 * Chromium lays a printed page out in whole device units of 1/300 in, so the page box it writes is the
 * nearest 1/300 in: 2846/300 × 1654/300 in = 683.04 × 396.96 pt, 0.11 pt (0.04 mm) from 241 × 140 mm —
 * whatever unit the CSS or the printToPDF options use (mm, in, pt: all tried). The test holds the PDF to
 * that grid point to 0.01 pt, and to the nominal size within half a grid step (0.12 pt).
 */
const CHROMIUM_GRID_PT = 72 / 300
const onChromiumGrid = (pt: number) => Math.round(pt / CHROMIUM_GRID_PT) * CHROMIUM_GRID_PT

/** Prints the page as Chromium does (print media, the CSS page size) to `<name>.pdf` in the project's output folder. */
export async function savePdf(page: Page, name: string): Promise<string> {
  const dir = test.info().project.outputDir
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name}.pdf`)
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true })
  return path
}

/** Every page's box as pdfinfo reads it from the PDF, in points. */
export function pageSizes(pdf: string): Array<{ width: number; height: number }> {
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1])
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' })
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }))
}

export function expectContinuousPages(pdf: string, count: number): void {
  const sizes = pageSizes(pdf)
  expect(sizes).toHaveLength(count)
  for (const size of sizes) {
    expect(Math.abs(size.width - onChromiumGrid(CONTINUOUS_PTS.width))).toBeLessThan(0.01)
    expect(Math.abs(size.height - onChromiumGrid(CONTINUOUS_PTS.height))).toBeLessThan(0.01)
    expect(Math.abs(size.width - CONTINUOUS_PTS.width)).toBeLessThanOrEqual(CHROMIUM_GRID_PT / 2)
    expect(Math.abs(size.height - CONTINUOUS_PTS.height)).toBeLessThanOrEqual(CHROMIUM_GRID_PT / 2)
  }
}

/**
 * One page's text in the order it was painted (pdftotext -raw), whitespace removed: a wrapped table cell
 * comes back as one run, so a value is found whole or not at all.
 */
export function pageText(pdf: string, pageNo: number): string {
  return execFileSync('pdftotext', ['-raw', '-f', String(pageNo), '-l', String(pageNo), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

/** Where the first word starting with `word` sits on page 1 (pdftotext -bbox, points from the top-left). */
export function wordBox(pdf: string, word: string): { x: number; y: number } {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    if (m[3]!.startsWith(word)) return { x: Number(m[1]), y: Number(m[2]) }
  }
  throw new Error(`${word} is not on page 1 of ${pdf}`)
}

/** The PNG of one page at 96 dpi (100 % on screen), beside the PDF, to look at. */
export function pagePng(pdf: string, pageNo: number): string {
  const prefix = pdf.replace(/\.pdf$/, `-p${pageNo}`)
  execFileSync('pdftoppm', ['-r', '96', '-png', '-singlefile', '-f', String(pageNo), '-l', String(pageNo), pdf, prefix])
  return `${prefix}.png`
}
