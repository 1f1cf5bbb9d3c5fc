/** R15: an approved request waits in finance's 待办 until the tax system's number is recorded (已开票) or it is voided. */
export const RECORD_INVOICE = { stepKey: 'record_invoice', stepName: '录入发票', role: 'finance' } as const
