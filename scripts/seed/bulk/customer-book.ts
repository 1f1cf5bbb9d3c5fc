import { NEW_CUSTOMER_RATING } from '../../../shared/api'
import { customerNameSortKey } from '../../../electron/core/customers/name-sort-key'
import { iso } from '../calendar'
import { CreditCodes } from '../credit-codes'
import { address, bank, CITIES, companyName, contacts, officePhone, type City } from '../names'
import { WeightedIndex, zipfWeights, type Random } from '../random'
import type { Person } from './bulk-engine'
import type { OfficeContext } from './office-context'

// The customer files (客户档案): entered by sales clerks as customers come, each starting at rating D
// with zero credit (R2). Who orders is Zipf-like by arrival: the customers on file from the first
// weeks are the utilities and groups that buy most; the long tail orders now and then.

export interface CustomerFile {
  index: number
  id: number
  name: string
  city: City
  homeClerk: Person
  big: boolean
  /** Multiplies order quantities: big customers buy more of everything. */
  sizeFactor: number
  rating: string
  creditLimitFen: number
  creditDays: number
  version: number
  creditPending: boolean
}

export class CustomerBook {
  readonly files: CustomerFile[] = []
  private readonly share: WeightedIndex
  private readonly codes = new CreditCodes()
  private readonly takenNames = new Set<string>()
  private readonly bigCount: number

  constructor(readonly total: number, random: Random) {
    this.share = new WeightedIndex(zipfWeights(random, total, 0.9, 3, 0.4))
    this.bigCount = Math.max(3, Math.round(total * 0.015))
  }

  get onFile(): number {
    return this.files.length
  }

  /** A customer already on file, the big ones far more often. */
  draw(random: Random): CustomerFile {
    return this.files[this.share.draw(random, this.files.length)]!
  }

  /** customers.save by a sales clerk (R2: D, zero credit, whatever was asked). */
  create(ctx: OfficeContext, atMs: number, clerk: Person): CustomerFile {
    const random = ctx.names
    const index = this.files.length
    const big = index < this.bigCount
    const city = random.weighted(CITIES.map((c, i) => [c, i < 6 ? 3 : 1] as const))
    let name = companyName(random, city, big)
    while (this.takenNames.has(name)) name = companyName(random, city, big)
    this.takenNames.add(name)
    const creditCode = this.codes.next(random, city)
    const place = address(random, city)
    const at = iso(atMs)
    const id = ctx.rows.customer({
      name, nameSortKey: customerNameSortKey(name), creditCode, address: place, ...bank(random, city), taxAddressPhone: `${place} ${officePhone(random, city)}`,
      contacts: JSON.stringify(contacts(random)), rating: NEW_CUSTOMER_RATING, creditLimitFen: 0, creditDays: 0,
      createdByUserId: clerk.id, createdAt: at, updatedAt: at, version: 1,
    })
    const details = { name, creditCode, rating: NEW_CUSTOMER_RATING, creditLimitFen: 0, creditDays: 0 }
    ctx.engine.audit(at, clerk, 'sales_clerk', 'customer.create', id, null, null, null, null, JSON.stringify(details), 'customer')
    const file: CustomerFile = {
      index, id, name, city, homeClerk: clerk, big, sizeFactor: big ? random.between(1.5, 3) : random.logNormal(1, 0.3),
      rating: NEW_CUSTOMER_RATING, creditLimitFen: 0, creditDays: 0, version: 1, creditPending: false,
    }
    this.files.push(file)
    return file
  }
}
