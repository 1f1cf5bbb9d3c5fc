import { creditCodeCheckChar } from '../../shared/credit-code'
import type { City } from './names'
import type { Random } from './random'

// 统一社会信用代码 (GB 32100-2015): 9 (registered with 市场监管) 1 (enterprise), the city's
// six-digit division code, the nine-character organisation code (GB 11714, its own check character),
// and the final check character from shared/credit-code.ts, so every generated code passes the
// workstation's own validation.

const BODY = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

function orgCheckChar(body: string): string {
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const c = body[i]!
    const value = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55 // A = 10
    sum += value * ORG_WEIGHTS[i]!
  }
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/** Hands out valid, unique codes. */
export class CreditCodes {
  private readonly used = new Set<string>()

  next(random: Random, city: City): string {
    for (;;) {
      // Codes issued since 2015 begin their organisation part with "MA"; older ones are all digits.
      const body = random.chance(0.4)
        ? `MA${Array.from({ length: 6 }, () => random.pick(BODY.split(''))).join('')}`
        : Array.from({ length: 8 }, () => random.int(0, 9)).join('')
      const first17 = `91${city.division}${body}${orgCheckChar(body)}`
      const check = creditCodeCheckChar(first17)
      if (!check) continue
      const code = first17 + check
      if (this.used.has(code)) continue
      this.used.add(code)
      return code
    }
  }
}
