import type { EntityManager } from 'typeorm'

/** One node of a PostgreSQL plan, as EXPLAIN (FORMAT JSON) gives it. */
export interface PlanNode {
  type: string
  relation: string | null
  index: string | null
  /** For an Incremental Sort: the keys its input already comes sorted by. */
  presorted: string[]
}

interface RawNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Presorted Key'?: string[]
  Plans?: RawNode[]
}

function flatten(node: RawNode): PlanNode[] {
  const here: PlanNode = {
    type: node['Node Type'], relation: node['Relation Name'] ?? null, index: node['Index Name'] ?? null, presorted: node['Presorted Key'] ?? [],
  }
  return [here, ...(node.Plans ?? []).flatMap(flatten)]
}

/**
 * Every node of PostgreSQL's plan for a statement in the driver's placeholder style, with its values
 * bound (so the plan is the one these values get). PostgreSQL plans from statistics: call it on a
 * realistic volume after ANALYZE, or a small table is rightly read whole.
 */
export async function pgPlan(em: EntityManager, sql: string, params: unknown[]): Promise<PlanNode[]> {
  const rows: Array<{ 'QUERY PLAN': Array<{ Plan: RawNode }> }> = await em.query(`EXPLAIN (FORMAT JSON) ${sql}`, params)
  const plan = rows[0]?.['QUERY PLAN'][0]?.Plan
  if (!plan) throw new Error('EXPLAIN returned no plan')
  return flatten(plan)
}

const INDEX_ACCESS = new Set(['Index Scan', 'Index Only Scan', 'Bitmap Index Scan'])

/** The indexes the plan reads (by index scan, index-only scan or bitmap), and the tables it reads whole. */
export function accessesOf(nodes: PlanNode[]): { indexes: string[]; seqScans: string[] } {
  return {
    indexes: nodes.filter((n) => INDEX_ACCESS.has(n.type) && n.index).map((n) => n.index!),
    seqScans: nodes.filter((n) => n.type === 'Seq Scan').map((n) => n.relation ?? '?'),
  }
}
