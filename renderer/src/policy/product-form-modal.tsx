import { App, Form, Input, Switch } from 'antd'
import { api, type ProductDto } from '../../../shared/api'
import { call } from '../api/client'
import { FormModal } from '../forms/form-modal'
import { zodRule } from '../forms/zod-rule'
import { useLastPresent } from '../hooks/use-last-present'

// The core's own field schemas (shared/api), so the inline messages are the core's sentences.
const productFields = api['products.save'].input.shape

interface ProductValues {
  code: string
  name: string
  spec: string
  unit: string
  active: boolean
}

/** What the modal is doing: a new product, or one to edit. Closed when null. */
export type ProductEditing = { kind: 'new' } | { kind: 'edit'; product: ProductDto }

/** 新增产品 / 编辑产品 (admin and general manager; the core refuses anyone else). */
export function ProductFormModal({ editing, onClose }: { editing: ProductEditing | null; onClose(): void }) {
  const { message } = App.useApp()
  // Keeps the title while the modal fades out after `editing` went back to null.
  const shown = useLastPresent(editing)
  const product = shown?.kind === 'edit' ? shown.product : null

  const submit = async (values: ProductValues) => {
    const saved = await call('products.save', product ? { ...values, id: product.id } : values)
    message.success(product ? `已保存产品 ${saved.code}` : `已新增产品 ${saved.code}`)
    onClose()
  }

  return (
    <FormModal<ProductValues>
      open={editing !== null}
      title={product ? `编辑产品：${product.code}` : '新增产品'}
      submitText={product ? '保存' : '新增'}
      testId="product-form"
      onSubmit={submit}
      onClose={onClose}
      errorFields={{ PRODUCT_CODE_TAKEN: 'code' }}
      initialValues={product ?? { spec: '', active: true }}
    >
      <Form.Item label="产品编码" name="code" required extra="字母、数字和 _ . - /，最多 32 个字符" rules={[zodRule(productFields.code)]}>
        <Input autoFocus autoComplete="off" maxLength={32} data-testid="product-form-code" />
      </Form.Item>
      <Form.Item label="产品名称" name="name" required rules={[zodRule(productFields.name)]}>
        <Input maxLength={60} data-testid="product-form-name" />
      </Form.Item>
      <Form.Item label="规格型号" name="spec" rules={[zodRule(productFields.spec, { whenEmpty: '' })]}>
        <Input maxLength={100} data-testid="product-form-spec" />
      </Form.Item>
      <Form.Item label="单位" name="unit" required rules={[zodRule(productFields.unit)]}>
        <Input maxLength={8} placeholder="如 台、套、件" style={{ width: 160 }} data-testid="product-form-unit" />
      </Form.Item>
      {product && (
        <Form.Item label="在用" name="active" valuePropName="checked" extra="停用的产品不能再列入新的价目表或申报单，已有单据不受影响">
          <Switch data-testid="product-form-active" />
        </Form.Item>
      )}
    </FormModal>
  )
}
