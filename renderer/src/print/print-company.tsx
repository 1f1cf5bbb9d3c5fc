import type { CompanyLetterhead } from '../../../shared/api'
import { FitText } from './fit-text'

/**
 * Our side of the paper (供方 on the contract): the company's address, tax number and bank from the
 * company data the administrator keeps (admin.saveCompany). A field not entered yet prints as a dash,
 * so the office sees what is missing; the tax number and the account are codes: they shrink, never clip.
 */
export function PrintCompany({ title, company }: { title: string; company: CompanyLetterhead | null }) {
  const cell = (text: string | undefined) => (text ? text : '—')
  return (
    <>
      <div className="print-section-title">{title}</div>
      <table className="print-table" data-testid="print-company-data">
        <colgroup>
          <col style={{ width: '20mm' }} />
          <col />
          <col style={{ width: '24mm' }} />
          <col style={{ width: '56mm' }} />
        </colgroup>
        <tbody>
          <tr>
            <td className="label">地址</td>
            <td data-testid="print-company-address">{cell(company?.address)}</td>
            <td className="label">纳税人识别号</td>
            <td className="code" data-testid="print-company-tax-number">
              <FitText text={cell(company?.taxNumber)} kind="code" />
            </td>
          </tr>
          <tr>
            <td className="label">开户行</td>
            <td data-testid="print-company-bank">{cell(company?.bankName)}</td>
            <td className="label">账号</td>
            <td className="code" data-testid="print-company-account">
              <FitText text={cell(company?.bankAccount)} kind="code" />
            </td>
          </tr>
        </tbody>
      </table>
    </>
  )
}
