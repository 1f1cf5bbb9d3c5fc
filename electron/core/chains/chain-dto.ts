import type { ChainFactDto, WorkflowDto } from '../../../shared/api'
import { DOC_TYPES, isBuiltDocType } from '../../../shared/doc-types'
import { kindOf } from '../doc-types/registry'
import { describe } from '../workflow/conditions'
import type { ChainInForce } from '../workflow/definitions-store'
import type { FactSpecs } from '../workflow/facts'

const specsOf = (docType: string): FactSpecs => (isBuiltDocType(docType) ? kindOf(docType).factSpecs : {})

/** A chain in force as the office reads it, with the facts its type offers the editor's conditions. */
export function chainDto(chain: ChainInForce & { updatedAt: string; updatedByName: string }): WorkflowDto {
  const { def } = chain
  const specs = specsOf(def.docType)
  const facts: ChainFactDto[] = Object.entries(specs).map(([key, spec]) => ({ key, label: spec.label, kind: spec.kind }))
  return {
    docType: def.docType,
    name: def.name,
    drafterRoles: isBuiltDocType(def.docType) ? [...DOC_TYPES[def.docType].draftedBy] : [],
    steps: def.steps.map((s) => ({ key: s.key, name: s.name, actor: s.actor, condition: s.when ? describe(s.when, specs) : null })),
    version: chain.version,
    updatedAt: chain.updatedAt,
    updatedByName: chain.updatedByName,
    definition: def,
    facts,
  }
}
