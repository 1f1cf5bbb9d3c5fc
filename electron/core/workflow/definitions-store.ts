import type { DataSource, EntityManager } from 'typeorm'
import type { DocumentType } from '../../../shared/document-number'
import { WorkflowDefinitionEntity, WorkflowDefinitionVersionEntity, type DocumentRow } from '../db/entities'
import { findRowBy } from '../db/find-rows'
import { lockKey } from '../db/locks'
import { factsNamed } from './conditions'
import { defaultDefinitions } from './default-definitions'
import { definitionSchema, type WorkflowDefinition } from './definition'
import type { DocumentKind } from './document-kind'
import type { FactSpecs } from './facts'

/** A chain and the version number it was saved as (workflow_definition_versions). */
export interface ChainInForce {
  def: WorkflowDefinition
  version: number
}

/** Writes WORKFLOW.md's chains for any document type that has none yet (first start, or a new type). */
export async function missingDefaultDefinitions(em: EntityManager): Promise<WorkflowDefinition[]> {
  const present = new Set((await em.getRepository(WorkflowDefinitionEntity).find()).map((d) => d.docType))
  return defaultDefinitions().filter((d) => !present.has(d.docType))
}

export async function ensureDefaultDefinitions(em: EntityManager, at: Date): Promise<void> {
  // Workstations starting together on one PostgreSQL database write the chains once (locks.ts).
  await lockKey(em, 'workflow_definitions.defaults')
  const missing = await missingDefaultDefinitions(em)
  if (!missing.length) return
  const rows = missing.map((d) => ({ docType: d.docType, definition: JSON.stringify(d), updatedAt: at.toISOString(), updatedByName: '系统' }))
  await em.getRepository(WorkflowDefinitionEntity).insert(rows.map((r) => ({ ...r, version: 1 })))
  await em
    .getRepository(WorkflowDefinitionVersionEntity)
    .insert(rows.map((r) => ({ docType: r.docType, version: 1, definition: r.definition, createdAt: r.updatedAt, createdByName: r.updatedByName })))
}

/** The facts a chain's conditions name that its type does not declare (an edited chain must not read facts that do not exist). */
export function undeclaredFacts(def: WorkflowDefinition, specs: FactSpecs): string[] {
  const conditions = [...def.steps.flatMap((s) => (s.when ? [s.when] : [])), ...(def.blocks ?? []).map((b) => b.when)]
  return [...new Set(conditions.flatMap(factsNamed))].filter((fact) => !Object.hasOwn(specs, fact))
}

/**
 * The stored text parsed and checked once per distinct text: the chain is still read on every action
 * (another workstation may have changed it), but the same text is not parsed and validated again on
 * every approval (issue 10: approve ≤ 5 ms p95). The text is the key, so an edited chain is parsed anew.
 * The engine treats a definition as read-only (transition.ts is pure).
 */
const parsedTexts = new Map<string, WorkflowDefinition>()
/** Room for every type's chain and its edits for a long day; the oldest go first. */
const MAX_PARSED = 64

/** Shared between actions, so nobody may change it: a change would throw rather than leak into the next action. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}

function parsedDefinition(text: string): WorkflowDefinition {
  let def = parsedTexts.get(text)
  if (!def) {
    def = deepFreeze(definitionSchema.parse(JSON.parse(text)))
    if (parsedTexts.size >= MAX_PARSED) parsedTexts.delete(parsedTexts.keys().next().value!)
    parsedTexts.set(text, def)
  }
  return def
}

function parseChecked(docType: string, text: string, specs?: FactSpecs): WorkflowDefinition {
  const def = parsedDefinition(text)
  const unknown = specs ? undeclaredFacts(def, specs) : []
  if (unknown.length) throw new Error(`the ${docType} chain reads facts its type does not declare: ${unknown.join(', ')}`)
  return def
}

/** The chain in force for a type, read fresh on every action (another workstation may have changed it). */
export async function loadChainInForce(em: EntityManager, docType: DocumentType | string, specs?: FactSpecs): Promise<ChainInForce> {
  const row = await findRowBy(em, WorkflowDefinitionEntity, { docType })
  if (!row) throw new Error(`no workflow definition for ${docType}`)
  return { def: parseChecked(docType, row.definition, specs), version: row.version }
}

export async function loadDefinition(em: EntityManager, docType: DocumentType | string, specs?: FactSpecs): Promise<WorkflowDefinition> {
  return (await loadChainInForce(em, docType, specs)).def
}

// A saved version never changes, so it is read once per database (not per workstation process: tests
// open many offices in one process, and two offices may hold different chains under one number).
const versionCache = new WeakMap<DataSource, Map<string, WorkflowDefinition>>()

export async function loadChainVersion(em: EntityManager, docType: string, version: number): Promise<WorkflowDefinition> {
  const cache = versionCache.get(em.connection) ?? new Map<string, WorkflowDefinition>()
  versionCache.set(em.connection, cache)
  const key = `${docType}#${version}`
  const cached = cache.get(key)
  if (cached) return cached
  const row = await findRowBy(em, WorkflowDefinitionVersionEntity, { docType, version })
  if (!row) throw new Error(`no version ${version} of the ${docType} chain`)
  const def = parseChecked(docType, row.definition)
  cache.set(key, def)
  return def
}

/**
 * The chain a document follows: once submitted and until it is editable again (rejected, withdrawn),
 * the version its route was planned under — an administrator's later edit does not move a route under
 * way; before that, the chain in force, which the next submit will record.
 */
export async function chainForDocument(em: EntityManager, kind: DocumentKind, doc: DocumentRow): Promise<ChainInForce> {
  if (doc.chainVersion !== null && !kind.lifecycle.editable.includes(doc.state))
    return { def: await loadChainVersion(em, doc.docType, doc.chainVersion), version: doc.chainVersion }
  return loadChainInForce(em, doc.docType, kind.factSpecs)
}

export async function loadAllDefinitions(em: EntityManager): Promise<WorkflowDefinition[]> {
  return (await loadAllChains(em)).map((c) => c.def)
}

export async function loadAllChains(em: EntityManager): Promise<(ChainInForce & { updatedAt: string; updatedByName: string })[]> {
  const rows = await em.getRepository(WorkflowDefinitionEntity).find({ order: { docType: 'ASC' } })
  return rows.map((row) => ({ def: definitionSchema.parse(JSON.parse(row.definition)), version: row.version, updatedAt: row.updatedAt, updatedByName: row.updatedByName }))
}
