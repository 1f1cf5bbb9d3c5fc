import { describe, expect, it } from 'vitest'
import { CONTINUOUS_PAGE_MICRONS, deskApi, isDeskMethod } from '../../shared/desk-api'

describe('desk methods (printing on this desk, answered by Electron main, never the core)', () => {
  it('names 241 × 140 mm in whole microns, as webContents.print wants them (electron#27074)', () => {
    expect(CONTINUOUS_PAGE_MICRONS).toEqual({ width: 241_000, height: 140_000 })
    expect(Number.isInteger(CONTINUOUS_PAGE_MICRONS.width) && Number.isInteger(CONTINUOUS_PAGE_MICRONS.height)).toBe(true)
  })

  it('routes only its own names: a core method never reaches the desk', () => {
    expect(isDeskMethod('desk.print')).toBe(true)
    expect(isDeskMethod('desk.printers')).toBe(true)
    expect(isDeskMethod('documents.recordPrint')).toBe(false)
    expect(isDeskMethod('desk.toString')).toBe(false)
    expect(isDeskMethod(42)).toBe(false)
  })

  it('refuses a print request with unknown fields or an unknown way to print', () => {
    const print = deskApi['desk.print']
    expect(print.safeParse({ printerName: 'EPSON LQ-630K', silent: true, via: 'printer', fileName: '发货单 FH2026120001' }).success).toBe(true)
    expect(print.safeParse({ printerName: '', silent: false, via: 'fax', fileName: 'x' }).success).toBe(false)
    expect(print.safeParse({ printerName: '', silent: false, via: 'pdf', fileName: 'x', pageSize: 'A4' }).success).toBe(false)
    expect(print.safeParse({ printerName: '', silent: false, via: 'pdf', fileName: '' }).success).toBe(false)
  })
})
