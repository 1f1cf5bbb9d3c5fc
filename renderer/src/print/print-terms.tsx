import type { PaymentTermsDto } from '../../../shared/api'
import { formatYuan } from '../../../shared/money'
import { formatBps } from '../../../shared/percent'
import { FitText } from './fit-text'

interface Props {
  terms: PaymentTermsDto
  deliveryDate: string
  installationNeeded: boolean
}

/** 付款条件, 交货日期 and 安装 in one bordered block. */
export function PrintTerms({ terms, deliveryDate, installationNeeded }: Props) {
  return (
    <table className="print-table" data-testid="print-terms">
      <colgroup>
        <col style={{ width: '20mm' }} />
        <col />
        <col style={{ width: '40mm' }} />
        <col style={{ width: '40mm' }} />
      </colgroup>
      <tbody>
        <tr>
          <td className="label">预付款</td>
          <td colSpan={3} className="num" style={{ textAlign: 'left' }}>
            合同金额的 {formatBps(terms.prepaymentBps)}{terms.prepaymentFen === undefined ? '' : `，计 ¥${formatYuan(terms.prepaymentFen)}`}
          </td>
        </tr>
        {terms.instalments.map((instalment, index) => (
          <tr key={index}>
            {index === 0 && (
              <td className="label" rowSpan={terms.instalments.length}>
                分期付款
              </td>
            )}
            <td>{instalment.label}</td>
            <td>到期日 {instalment.dueDate}</td>
            <td className="num">
              <FitText text={instalment.amountFen === undefined ? '—' : `¥${formatYuan(instalment.amountFen)}`} />
            </td>
          </tr>
        ))}
        <tr>
          <td className="label">交货日期</td>
          <td>{deliveryDate}</td>
          <td className="label">安装</td>
          <td>{installationNeeded ? '需要安装' : '不需要安装'}</td>
        </tr>
      </tbody>
    </table>
  )
}
