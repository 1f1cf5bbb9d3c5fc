import type { EntitySchema } from 'typeorm'
import type { dispatchNoteApi } from '../../../../shared/doc-types/dispatch-note/dispatch-note-api'
import type { CoreDocType } from '../core-doc-type'
import { dispatchNoteChain } from './dispatch-note-chain'
import { DispatchLineEntity, DispatchNoteEntity } from './dispatch-note-entities'
import { dispatchNoteHandlers } from './dispatch-note-handlers'
import { dispatchNoteIntegrity } from './dispatch-note-integrity'
import { dispatchNoteKind } from './dispatch-note-kind'

export const dispatchNoteCore: CoreDocType<keyof typeof dispatchNoteApi> = {
  kind: dispatchNoteKind,
  entities: [DispatchNoteEntity, DispatchLineEntity] as Array<EntitySchema<never>>,
  handlers: dispatchNoteHandlers,
  defaultChain: dispatchNoteChain,
  integrity: dispatchNoteIntegrity,
}
