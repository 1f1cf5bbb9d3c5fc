// Refusals of the QC certificate's and the inbound slip's rules (R7, R24) and of stock, merged into
// shared/errors.ts through the registry. The core words the deciding figures into the message.
export const inboundErrors = {
  CERTIFICATE_NOT_FOUND: '找不到该合格证，请核对合格证编号',
  CERTIFICATE_MISSING: '每一行入库都须附质检员签发的合格证（R7），请为该行选择合格证',
  CERTIFICATE_USED: '该合格证已被另一张入库单使用，一张合格证只能入库一次（R7）',
  CERTIFICATE_VOIDED: '该合格证已作废，不能用于入库',
  CERTIFICATE_WRONG_PRODUCT: '合格证上的产品与入库行的产品不一致，请选择该产品的合格证',
  CERTIFICATE_QUANTITY_EXCEEDED: '入库数量超过合格证上的合格数量，请按合格证数量入库或另开合格证',
  CERTIFICATE_IN_USE: '该合格证已被入库单使用，不能作废（R24）；请先作废未入库的入库单草稿',
  CERTIFICATE_REPEATED: '同一张合格证在这张入库单上出现了两次，请每行使用不同的合格证',
  CERTIFICATE_NOTICE_NOT_IN_PRODUCTION: '该生产通知单不在生产中（未签发、已入库、已作废或已关闭），不能按它出具合格证',
  CERTIFICATE_NOT_ON_NOTICE: '合格证上的产品不在该生产通知单上，请选择通知单上的产品',
  NOTICE_QUANTITY_EXCEEDED: '入库数量超过生产通知单尚未入库的数量',
  STOCK_NOT_ENOUGH: '库存不足，不能出库；请核对在库数量',
} as const
