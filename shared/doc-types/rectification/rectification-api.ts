import { z } from 'zod'
import { id, shortText, version } from '../../api/common'
import { method } from '../../api/define'
import type { DocumentView } from '../../api/documents'
import type { RectificationQueueRowDto } from './rectification-body'

export const rectificationAnswerInput = z
  .object({ id, version, answer: shortText('整改情况', 500), doneBy: shortText('整改人', 64) })
  .strict()

const DESK = ['service', 'sales_clerk', 'sales_manager', 'sales_head', 'sales_vp', 'general_manager'] as const

export const rectificationApi = {
  /** R13: service records what was done and by whom (已整改); the re-acceptance follows. */
  'rectifications.answer': method<DocumentView>()(rectificationAnswerInput, ['service'], 'write'),
  /** Rectifications still to answer or to re-accept, the overdue first (service's queue). */
  'rectifications.open': method<RectificationQueueRowDto[]>()(z.object({}).strict(), DESK, 'read'),
  /** R13: unanswered past the 24-hour deadline — raised to the sales manager and the sales head. */
  'rectifications.overdue': method<RectificationQueueRowDto[]>()(z.object({}).strict(), DESK, 'read'),
} as const
