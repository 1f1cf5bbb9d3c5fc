// The desk's printing (shared/desk-api.ts): what only Electron's main process can do — list this
// workstation's printers, print the window on 241 × 140 mm paper to a chosen printer, or write a PDF of
// exactly that size when the printer's driver ignores custom sizes (electron#27074, #31705). Reached
// through the one IPC door (ipc.ts routes `desk.*` here after the same trusted-sender check); the core
// never sees these calls, and nothing here touches the database.
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { app, dialog, type WebContents } from 'electron'
import { CONTINUOUS_PAGE_MICRONS, deskApi, type DeskMethod, type DeskResults } from '../../shared/desk-api'
import { AppError } from '../../shared/errors'

const MICRONS_PER_INCH = 25_400

/** Answers one desk method for the window that asked; throws AppError (INVALID_INPUT, PRINT_FAILED). */
export async function answerDesk(contents: WebContents, method: DeskMethod, input: unknown): Promise<DeskResults[DeskMethod]> {
  if (method === 'desk.printers') {
    deskApi['desk.printers'].parse(input)
    const printers = await contents.getPrintersAsync()
    // `isDefault` lives in the platform options on current Electron (Windows: options.isDefault === 'true').
    return printers.map((p) => ({ name: p.name, displayName: p.displayName || p.name, isDefault: (p.options as Record<string, string>)['isDefault'] === 'true' }))
  }
  const parsed = deskApi['desk.print'].safeParse(input)
  if (!parsed.success) throw new AppError('INVALID_INPUT')
  const { printerName, silent, via, fileName } = parsed.data
  if (via === 'pdf') return { printed: false, pdfPath: await saveExactPdf(contents, fileName) }
  await printOnce(contents, printerName, silent)
  return { printed: true, pdfPath: null }
}

/**
 * webContents.print with the page in integer microns and no margins of its own (the form's @page CSS has
 * margin 0 and places everything itself, calibration offsets included).
 */
function printOnce(contents: WebContents, printerName: string, silent: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    contents.print(
      {
        silent,
        deviceName: printerName || undefined,
        printBackground: true,
        margins: { marginType: 'none' },
        pageSize: { width: CONTINUOUS_PAGE_MICRONS.width, height: CONTINUOUS_PAGE_MICRONS.height },
      },
      (success, failureReason) => {
        // A dialog the user cancelled is not a failure: the print is already logged (补打 next time).
        if (success || /cancel/i.test(failureReason)) resolve()
        else reject(new AppError('PRINT_FAILED', undefined, { reason: failureReason }))
      },
    )
  })
}

/** The fallback: a PDF whose page is exactly 241 × 140 mm, saved where the user chooses. */
async function saveExactPdf(contents: WebContents, fileName: string): Promise<string | null> {
  const pdf = await contents.printToPDF({
    pageSize: { width: CONTINUOUS_PAGE_MICRONS.width / MICRONS_PER_INCH, height: CONTINUOUS_PAGE_MICRONS.height / MICRONS_PER_INCH },
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    preferCSSPageSize: true,
    printBackground: true,
  })
  const safeName = fileName.replace(/[\\/:*?"<>|]/g, '_')
  const choice = await dialog.showSaveDialog({
    title: '保存 241×140 mm 打印文件',
    defaultPath: path.join(app.getPath('documents'), `${safeName}.pdf`),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  })
  if (choice.canceled || !choice.filePath) return null
  await writeFile(choice.filePath, pdf)
  return choice.filePath
}
