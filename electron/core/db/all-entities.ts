import type { EntitySchema } from 'typeorm'
import { CORE_DOC_TYPES } from '../doc-types/registry'
import { entities } from './entities'
import { StockMovementEntity, StockOnHandEntity } from '../stock/stock-entities'
import { InterestRateEntity } from '../receivables/interest-entity'

/** The schema: the core's own tables and every document type's (each type keeps its own in its folder). */
export function allEntities(): Array<EntitySchema<never>> {
  return [...(entities as Array<EntitySchema<never>>), ...([StockMovementEntity, StockOnHandEntity, InterestRateEntity] as Array<EntitySchema<never>>), ...Object.values(CORE_DOC_TYPES).flatMap((type) => type.entities)]
}
