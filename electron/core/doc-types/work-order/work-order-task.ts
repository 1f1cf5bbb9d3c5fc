/**
 * R12 → R13: an approved work order waits in service's 待办 until the installers' result is recorded on it
 * (已完工) or it is voided. The acceptance (验收报告) that follows 已完工 is not built yet (issue 13, second part).
 */
export const RECORD_INSTALLATION = { stepKey: 'record_installation', stepName: '记录安装结果', role: 'service' } as const
