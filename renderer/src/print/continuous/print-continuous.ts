import { deskCall, hasDesk } from '../../api/desk-client'
import type { DeskPrintSettings } from './desk-print-settings'

/**
 * Prints the continuous form now on screen (docs/printed-forms.md "Continuous paper"). In Electron the
 * main process prints it on 241 × 140 mm paper to the desk's printer (silently if set), or writes a PDF
 * of exactly that size (`via: 'pdf'`); in a browser, window.print() with the sheets' @page size.
 * Returns where a PDF was saved, if one was.
 */
export async function printContinuous(settings: DeskPrintSettings, fileName: string): Promise<string | null> {
  if (!hasDesk()) {
    window.print()
    return null
  }
  const result = await deskCall('desk.print', { printerName: settings.printerName, silent: settings.silent, via: settings.via, fileName })
  return result.pdfPath
}

/** The toolbar's advice for the browser's dialog, where the page size cannot be set for the user. */
export const BROWSER_PRINT_HINT = '请选择 241×140 mm（9.5×5.5 英寸）连续纸、边距「无」、缩放 100%。'
