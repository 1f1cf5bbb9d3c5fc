import { EntitySchema } from 'typeorm'
import { timestamp } from '../../db/entities/columns'

// Issue 12 出门证: the pass's body — the posted outbound slip the goods left on, the vehicle and its driver,
// and the time they went out. One row per pass; the slip's lines are the goods (no copy: the slip is posted
// and cannot change while a live pass is made from it, R24).

export interface GatePassRow {
  documentId: number; outboundSlipId: number; vehiclePlate: string; driverName: string; driverPhone: string | null; leftAt: string; remark: string | null
}

export const GatePassEntity = new EntitySchema<GatePassRow>({
  name: 'GatePass',
  tableName: 'gate_passes',
  columns: {
    documentId: { name: 'document_id', type: 'integer', primary: true },
    outboundSlipId: { name: 'outbound_slip_id', type: 'integer' },
    vehiclePlate: { name: 'vehicle_plate', type: 'varchar', length: 16 },
    driverName: { name: 'driver_name', type: 'varchar', length: 32 },
    driverPhone: { name: 'driver_phone', type: 'varchar', length: 32, nullable: true },
    leftAt: { ...timestamp(), name: 'left_at' },
    remark: { type: 'varchar', length: 200, nullable: true },
  },
  foreignKeys: [
    { name: 'fk_gate_passes_document', target: 'Document', columnNames: ['documentId'], referencedColumnNames: ['id'] },
    { name: 'fk_gate_passes_slip', target: 'Document', columnNames: ['outboundSlipId'], referencedColumnNames: ['id'] },
  ],
  indices: [{ name: 'idx_gate_passes_slip', columns: ['outboundSlipId'] }],
})
