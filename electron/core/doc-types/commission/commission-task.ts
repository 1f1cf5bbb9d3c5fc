/** R16: an approved form with something to pay waits in finance's 待办 until it is paid out in full. */
export const PAY_COMMISSION = { stepKey: 'pay_commission', stepName: '发放提成', role: 'finance' } as const
