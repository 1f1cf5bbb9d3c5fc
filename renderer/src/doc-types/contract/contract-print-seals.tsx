import type { SealUsageDto } from '../../../../shared/api'
import { formatDateTime } from '../../format/datetime'

/** 用印记录 on the printed contract (R4): every use of the contract seal, or that there was none yet. */
export function ContractPrintSeals({ seals }: { seals: SealUsageDto[] }) {
  return (
    <table className="print-table" data-testid="print-seals">
      <colgroup>
        <col style={{ width: '36mm' }} />
        <col style={{ width: '40mm' }} />
        <col style={{ width: '14mm' }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th>用章时间</th>
          <th>经办人</th>
          <th>份数</th>
          <th>用途</th>
        </tr>
      </thead>
      <tbody>
        {seals.length === 0 ? (
          <tr>
            <td colSpan={4} className="center">
              尚未使用合同章
            </td>
          </tr>
        ) : (
          seals.map((seal) => (
            <tr key={seal.id}>
              <td className="center">{formatDateTime(seal.usedAt)}</td>
              <td>{seal.usedByName}</td>
              <td className="num">{seal.copies}</td>
              <td>{seal.purpose}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  )
}
