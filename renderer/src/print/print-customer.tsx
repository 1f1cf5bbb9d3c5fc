import type { CustomerDto } from '../../../shared/api'
import { FitText } from './fit-text'

/** 客户信息 as the contract will need it; just the name when the customer's file could not be read. */
export function PrintCustomer({ name, customer }: { name: string; customer: CustomerDto | null }) {
  const contact = customer?.contacts[0]
  const cell = (text: string | undefined) => (text ? text : '—')
  return (
    <table className="print-table" data-testid="print-customer">
      <colgroup>
        <col style={{ width: '20mm' }} />
        <col />
        <col style={{ width: '30mm' }} />
        <col style={{ width: '50mm' }} />
      </colgroup>
      <tbody>
        <tr>
          <td className="label">客户名称</td>
          <td>{customer?.name ?? name}</td>
          <td className="label">统一社会信用代码</td>
          <td className="code">
            <FitText text={cell(customer?.creditCode)} kind="code" />
          </td>
        </tr>
        <tr>
          <td className="label">地址</td>
          <td>{cell(customer?.address)}</td>
          <td className="label">联系人 / 电话</td>
          <td>{contact ? `${contact.name}　${contact.phone}` : '—'}</td>
        </tr>
        {/* Need-to-know: the core sends bank details to finance only; no row beats a dash that reads "none". */}
        {customer?.bankName !== undefined && (
          <tr>
            <td className="label">开户行</td>
            <td>{cell(customer?.bankName)}</td>
            <td className="label">账号</td>
            <td className="code">
              <FitText text={cell(customer?.bankAccount)} kind="code" />
            </td>
          </tr>
        )}
      </tbody>
    </table>
  )
}
