/**
 * R10: an approved dispatch note waits in the warehouse's 待办 until goods go out on it: opened when the
 * note's chain completes, closed when the first slip posts (部分出库), when it expires or is voided, and
 * opened again when every slip of it is voided (back to 已批准).
 */
export const POST_OUTBOUND = { stepKey: 'post_outbound', stepName: '出库', role: 'warehouse' } as const
