import type { ContinuousForm } from './continuous-form'
import { ContinuousSheets } from './continuous-sheets'
import { currentOffset, useDeskPrintSettings } from './desk-print-settings'

/** A continuous form as this desk prints it: its paper (plain or carbonless) and its printer's offset. */
export function DeskContinuousSheets({ form }: { form: ContinuousForm }) {
  const [settings] = useDeskPrintSettings()
  return <ContinuousSheets form={form} paper={settings.paper} offset={currentOffset(settings)} />
}
