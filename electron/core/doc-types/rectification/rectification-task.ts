/** R13: a standing rectification waits in service's 待办 until it is answered (已整改). */
export const ANSWER_RECTIFICATION = { stepKey: 'answer_rectification', stepName: '答复整改', role: 'service' } as const

/** R13: the deadline is the instant 24 hours after the acceptance was recorded (instant arithmetic, no calendar). */
export const RECTIFICATION_HOURS = 24
export const deadlineAfter = (recordedAt: Date): Date => new Date(recordedAt.getTime() + RECTIFICATION_HOURS * 3_600_000)

/** Overdue: not answered and the clock is past the deadline. At the deadline's exact instant it is still on time. */
export const isOverdue = (deadlineAt: string, answeredAt: string | null, now: Date): boolean =>
  answeredAt === null && now.getTime() > new Date(deadlineAt).getTime()
