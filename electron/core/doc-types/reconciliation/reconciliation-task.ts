/** R17: a standing reconciliation waits in each side's 待办 until that side has signed it off. */
export const SIGN_SALES = { stepKey: 'sign_sales', stepName: '销售方签认对帐', role: 'sales_manager' } as const
export const SIGN_FINANCE = { stepKey: 'sign_finance', stepName: '财务方签认对帐', role: 'finance' } as const
