// The desk's own operations (printing on this workstation's printers), answered by Electron's main
// process itself and never by the core: they go through the same one door (window.api.call on the one
// IPC channel, from our own window only), named with the `desk.` prefix so ipc.ts can route them before
// the core's router. The browser host has no desk methods: there the renderer prints with window.print().
import { z } from 'zod'

export const DESK_PREFIX = 'desk.'

/**
 * 241 × 140 mm (9.5 × 5.5 in continuous four-part paper) in microns, as webContents.print wants them:
 * integers (electron#27074: a fractional size is refused by some drivers).
 */
export const CONTINUOUS_PAGE_MICRONS = { width: 241_000, height: 140_000 } as const

/** How a desk prints continuous forms: straight to the printer, or to a PDF of exactly 241 × 140 mm. */
export const DESK_PRINT_VIA = ['printer', 'pdf'] as const
export type DeskPrintVia = (typeof DESK_PRINT_VIA)[number]

export const deskApi = {
  /** The printers this workstation knows (name as the OS knows it, and the name people see). */
  'desk.printers': z.object({}).strict(),
  /**
   * Print the window as it is now on 241 × 140 mm paper. `printerName` '' = the system's default printer;
   * `silent` skips the print dialog; `via: 'pdf'` writes a PDF of exactly that size instead, for drivers
   * that ignore a custom page size (electron#27074, #31705), to be printed at 100 % from a PDF reader.
   */
  'desk.print': z
    .object({
      printerName: z.string().trim().max(200),
      silent: z.boolean(),
      via: z.enum(DESK_PRINT_VIA),
      fileName: z.string().trim().min(1).max(120),
    })
    .strict(),
} as const

export type DeskMethod = keyof typeof deskApi
export type DeskInput<K extends DeskMethod> = z.infer<(typeof deskApi)[K]>

export interface DeskPrinter {
  name: string
  displayName: string
  isDefault: boolean
}

export interface DeskResults {
  'desk.printers': DeskPrinter[]
  /** `pdfPath` when printed to a PDF; null when the user cancelled the save dialog. */
  'desk.print': { printed: boolean; pdfPath: string | null }
}

export function isDeskMethod(method: unknown): method is DeskMethod {
  return typeof method === 'string' && Object.prototype.hasOwnProperty.call(deskApi, method)
}
