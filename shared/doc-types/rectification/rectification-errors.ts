// Refusals of the rectification's rules (R13), merged into shared/errors.ts through the registry.
export const rectificationErrors = {
  RECTIFICATION_NOT_OPEN: '该整改单不是待整改状态（已答复或已复验），不能再答复',
  RECTIFICATION_DONE_IN_FUTURE: '整改完成时间不能晚于现在，请核对',
} as const
