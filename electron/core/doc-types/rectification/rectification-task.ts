/** R13: a standing rectification waits in service's 待办 until it is answered (已整改), due by its deadline. */
export const ANSWER_RECTIFICATION = { stepKey: 'answer_rectification', stepName: '答复整改', role: 'service' } as const

/**
 * R13: "raised in the 待办 of the sales manager and the sales head" — one task each, written when the
 * rectification opens and opening the first millisecond past its deadline (escalationOpensAt): the 待办 shows
 * a role's tasks opened up to now, so the row appears when the clock passes the deadline, with no write and no
 * job. Each is its own step (the open-task bookkeeping counts one task per step). They are not work the
 * manager does: answering the rectification removes them (answerRectification), so they never sit in anyone's
 * 已办; the late answer itself is on the rectification (answered_at after deadline_at).
 */
export const RECTIFICATION_ESCALATIONS = [
  { stepKey: 'rectification_overdue_manager', stepName: '督促答复整改', role: 'sales_manager' },
  { stepKey: 'rectification_overdue_head', stepName: '督促答复整改', role: 'sales_head' },
] as const

/** R13: the deadline is the instant 24 hours after the acceptance was recorded (instant arithmetic, no calendar). */
export const RECTIFICATION_HOURS = 24
export const deadlineAfter = (recordedAt: Date): Date => new Date(recordedAt.getTime() + RECTIFICATION_HOURS * 3_600_000)

/** The first instant past the deadline (instants are kept to the millisecond): when the raise opens. */
export const escalationOpensAt = (deadlineAt: string): string => new Date(new Date(deadlineAt).getTime() + 1).toISOString()

/** Overdue: not answered and the clock is past the deadline. At the deadline's exact instant it is still on time. */
export const isOverdue = (deadlineAt: string, answeredAt: string | null, now: Date): boolean =>
  answeredAt === null && now.getTime() > new Date(deadlineAt).getTime()
