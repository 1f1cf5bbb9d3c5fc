import { useMemo, useState } from 'react'
import { formatDateTime } from '../../format/datetime'
import { useMe } from '../../session/session-context'
import { CalibrationSheet } from './calibration-sheet'
import { ContinuousPrintShell } from './continuous-print-shell'
import { DeskContinuousSheets } from './desk-continuous-sheets'
import { currentOffset, useDeskPrintSettings } from './desk-print-settings'
import { specimenForm } from './specimen-form'

const BACK = '/print-calibration'

/** #/print/calibration: the calibration sheet for the desk's printer, through its current offset. */
export function CalibrationPrintPage() {
  const [settings] = useDeskPrintSettings()
  const me = useMe()
  const [printedAt] = useState(() => formatDateTime(new Date().toISOString()))
  return (
    <ContinuousPrintShell title="打印校准页" back={BACK}>
      <CalibrationSheet printerName={settings.printerName} offset={currentOffset(settings)} printedBy={me.name} printedAt={printedAt} />
    </ContinuousPrintShell>
  )
}

/** #/print/specimen: the 样张 发货单 with the longest values, on the desk's paper and offset. */
export function SpecimenPrintPage() {
  const me = useMe()
  const [printedAt] = useState(() => formatDateTime(new Date().toISOString()))
  const form = useMemo(() => specimenForm(me.name, printedAt), [me.name, printedAt])
  return (
    <ContinuousPrintShell title="连续纸样张" back={BACK}>
      <DeskContinuousSheets form={form} />
    </ContinuousPrintShell>
  )
}
