import type { Handler } from '../router/call-context'
import { shanghaiToday } from '../policy/shanghai-day'
import { stockMovements, stockOnHand } from './stock-queries'

// The stock page: on hand per product, and the movements of one. Quantities only: nothing here has a price.

const onHand: Handler<'stock.onHand'> = ({ productId, includeEmpty }, { db, at }) => db.read((em) => stockOnHand(em, productId, includeEmpty, shanghaiToday(at)))

const movements: Handler<'stock.movements'> = ({ productId, page, pageSize }, { db }) => db.read((em) => stockMovements(em, productId, page, pageSize))

export const stockHandlers = { 'stock.onHand': onHand, 'stock.movements': movements }
