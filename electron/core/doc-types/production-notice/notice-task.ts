/** R6: a signed contract waits in the planner's 待办 until a production notice for it is signed (已排产). */
export const MAKE_NOTICE = { stepKey: 'make_notice', stepName: '编制生产通知单', role: 'planner' } as const
