/**
 * R10: an approved dispatch note waits in the warehouse's 待办 until all its goods are out: opened when the
 * note's chain completes, kept while 部分出库 (the rest still waits), closed when the last slip posts
 * (已出库), when it expires or is voided, and opened again when a slip of a 已出库 note is voided.
 */
export const POST_OUTBOUND = { stepKey: 'post_outbound', stepName: '出库', role: 'warehouse' } as const
