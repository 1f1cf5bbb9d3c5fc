import { Alert, Button } from 'antd'
import { ERROR_MESSAGES } from '../../../../shared/errors'

/** R1: products and prices come only from a price list in force; say who issues one and what to do next. */
export function PolicyMissingAlert({ onReload }: { onReload(): void }) {
  return (
    <Alert
      type="warning"
      showIcon
      title={ERROR_MESSAGES.POLICY_NOT_IN_FORCE}
      description="合同申报单的产品和价格只能取自现行价目表。请联系总经理在「销售政策」中发布价目表；若已发布但生效日期未到，请等到生效日再填写。价目表生效后点「重新读取」，已填写的内容会保留。"
      action={
        <Button size="small" onClick={onReload} data-testid="app-policy-reload">
          重新读取
        </Button>
      }
      data-testid="app-policy-missing"
    />
  )
}
