import { useCallback, useSyncExternalStore } from 'react'
import type { DeskPrintVia } from '../../../../shared/desk-api'

/**
 * How this desk prints continuous forms (docs/printed-forms.md "Continuous paper"). Kept on the desk, not
 * in the shared database: the offsets belong to one printer on one desk (dot-matrix printers drift
 * differently), and the paper loaded is the desk's. Stored in the renderer's localStorage, which is the
 * desk's in both hosts: Electron keeps it under this workstation's userData folder for the
 * app://workstation origin (a fixed folder, electron/main/index.ts); a browser keeps it per machine for
 * the host's origin (127.0.0.1 and its port). No credential or business data is kept here.
 */
export interface DeskPrintSettings {
  /** The printer chosen on this desk ('' = the system's default); the key of `offsets`. */
  printerName: string
  /** Offsets per printer in 0.1 mm: + moves the print right (x) and down (y). */
  offsets: Record<string, Offset>
  /** 'plain': one sheet per part (four passes); 'carbonless': one pass on four-part carbonless paper. */
  paper: 'plain' | 'carbonless'
  /** Electron only: print without the dialog. */
  silent: boolean
  /** Electron only: straight to the printer, or a PDF of exact size for drivers that ignore custom sizes. */
  via: DeskPrintVia
}

export interface Offset {
  /** 0.1 mm, integer. */
  x: number
  y: number
}

/** ±8.0 mm: the form keeps 9 mm clear on every side, so a calibrated form never leaves the sheet. */
export const OFFSET_LIMIT = 80

const KEY = 'backoffice.deskPrint.v1'
const DEFAULTS: DeskPrintSettings = { printerName: '', offsets: {}, paper: 'plain', silent: false, via: 'printer' }

function clampOffset(value: unknown): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : 0
  return Math.max(-OFFSET_LIMIT, Math.min(OFFSET_LIMIT, n))
}

/** Whatever is stored is read defensively: a hand-edited or older value falls back field by field. */
export function readDeskPrintSettings(): DeskPrintSettings {
  let raw: unknown = null
  try {
    raw = JSON.parse(window.localStorage.getItem(KEY) ?? 'null')
  } catch {
    raw = null
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULTS
  const r = raw as Partial<Record<keyof DeskPrintSettings, unknown>>
  const offsets: Record<string, Offset> = {}
  if (typeof r.offsets === 'object' && r.offsets !== null) {
    for (const [name, o] of Object.entries(r.offsets as Record<string, Partial<Offset>>)) offsets[name] = { x: clampOffset(o?.x), y: clampOffset(o?.y) }
  }
  return {
    printerName: typeof r.printerName === 'string' ? r.printerName.slice(0, 200) : '',
    offsets,
    paper: r.paper === 'carbonless' ? 'carbonless' : 'plain',
    silent: r.silent === true,
    via: r.via === 'pdf' ? 'pdf' : 'printer',
  }
}

const listeners = new Set<() => void>()
let snapshot: DeskPrintSettings | null = null

export function saveDeskPrintSettings(next: DeskPrintSettings): void {
  const clean = { ...next, offsets: Object.fromEntries(Object.entries(next.offsets).map(([k, o]) => [k, { x: clampOffset(o.x), y: clampOffset(o.y) }])) }
  window.localStorage.setItem(KEY, JSON.stringify(clean))
  snapshot = null
  listeners.forEach((listener) => listener())
}

/** The offsets that apply now: the chosen printer's, or none. */
export function currentOffset(settings: DeskPrintSettings): Offset {
  return settings.offsets[settings.printerName] ?? { x: 0, y: 0 }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  // Another window or tab of this desk saved: follow it.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== KEY) return
    snapshot = null
    listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

function getSnapshot(): DeskPrintSettings {
  snapshot ??= readDeskPrintSettings()
  return snapshot
}

export function useDeskPrintSettings(): [DeskPrintSettings, (next: DeskPrintSettings) => void] {
  const settings = useSyncExternalStore(subscribe, getSnapshot)
  const save = useCallback((next: DeskPrintSettings) => saveDeskPrintSettings(next), [])
  return [settings, save]
}
