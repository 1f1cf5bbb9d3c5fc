// R23: money is integer fen (分, 1 元 = 100 分). Every function here works on the decimal digits of
// the integer (strings), never on floats, so 0.1 + 0.2 style drift cannot reach a printed total.
// Pure: no dependencies, safe to import from main, preload and renderer.

/** An amount in integer fen. Alias only: use assertFen at trust boundaries (IPC input, imports). */
export type Fen = number

/** R23: throws a RangeError unless the value is a safe integer (an amount in fen). */
export function assertFen(value: unknown, label = 'amount'): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new RangeError(`${label} must be a safe integer number of fen, got ${String(value)}`)
  }
}

/** Splits |fen| into the yuan digit string (no leading zeros, "0" when none) and 角 / 分 digits. */
function splitDigits(fen: number): { negative: boolean; yuan: string; jiao: number; fen: number } {
  // String() of a safe integer is exact and never uses exponent notation (|n| < 1e21).
  const digits = String(Math.abs(fen)).padStart(3, '0')
  return {
    negative: fen < 0,
    yuan: digits.slice(0, -2).replace(/^0+(?=\d)/, ''),
    jiao: Number(digits.charAt(digits.length - 2)),
    fen: Number(digits.charAt(digits.length - 1)),
  }
}

/** 123456789 → "1,234,567.89"; -5 → "-0.05"; 0 → "0.00". Figures for lists and printed forms. */
export function formatYuan(fen: number): string {
  assertFen(fen)
  const parts = splitDigits(fen)
  const grouped = parts.yuan.replace(/\B(?=(\d{3})+$)/g, ',')
  return `${parts.negative ? '-' : ''}${grouped}.${parts.jiao}${parts.fen}`
}

/** 123450 → "1234.50": an amount as the user edits it (no thousands separators to edit around). */
export function plainYuan(fen: number): string {
  return formatYuan(fen).replace(/,/g, '')
}

/**
 * R23: a money value as SQLite or PostgreSQL returns it (a number; a bigint's digits as a string on
 * PostgreSQL) → integer fen; null stays null (a nullable column, a SUM over no rows). Anything that is
 * not a safe integer is refused with a RangeError, never rounded.
 */
export function fenFromDatabase(value: unknown, label = 'stored money'): number | null {
  if (value === null || value === undefined) return null
  const n = typeof value === 'string' ? (/^-?\d+$/.test(value) ? Number(value) : Number.NaN) : Number(value)
  assertFen(n, label)
  return n
}

// Optional sign, optional ¥/￥, then either plain digits or correctly grouped thousands, then at most
// two decimals. Anything else (letters, "1,23", "1.234", "1.", "1 2", "") is rejected, not guessed.
const YUAN_INPUT = /^([+-])?\s*[¥￥]?\s*(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d{1,2}))?$/

/**
 * Parses user input such as "1,234.5", "1234.56", "¥12", "-3.1" into fen.
 * Returns null when the text is not an amount, has more than two decimals, or exceeds a safe integer.
 */
export function parseYuan(text: string): number | null {
  const match = YUAN_INPUT.exec(text.trim())
  if (!match) return null
  const [, sign, integerPart = '', fraction = ''] = match
  const digits = (integerPart.replace(/,/g, '') + fraction.padEnd(2, '0')).replace(/^0+(?=\d)/, '')
  const magnitude = Number(digits)
  // Digit strings above 2^53 round to a non-safe value, so this check also catches overflow.
  if (!Number.isSafeInteger(magnitude)) return null
  if (magnitude === 0) return 0 // never hand out -0
  return sign === '-' ? -magnitude : magnitude
}

const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const
const DIGIT_UNITS = ['', '拾', '佰', '仟'] as const

/**
 * Section label at a digit position that is a multiple of 4 (0 = 元 digit). Safe integers reach
 * 14 yuan digits, i.e. up to 玖拾万亿 (position 13); position 12 reads as 万 inside the 亿 section.
 */
function sectionLabel(position: number): string {
  if (position === 4 || position === 12) return '万'
  if (position === 8) return '亿'
  return ''
}

/**
 * R23: the amount in Chinese capitals (大写) for printed forms, following 支付结算办法 附件
 * 《正确填写票据和结算凭证的基本规定》 and 会计基础工作规范 第五十二条:
 * - digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿, 元角分; 10 元 is 壹拾元 (the leading 壹 is kept).
 * - "整" after 元 when there is no 角 or 分, and none after 分.
 *   Choice: we also write "整" after 角 when 分 is 0 (壹元伍角整, 壹角整). The rule makes it optional
 *   ("在角之后可以不写整字"); writing it is the common bank practice and stops a 分 being added later.
 * - Every run of zeros between two non-zero digits becomes one 零, including the run that crosses
 *   元 into 角/分: 壹万零壹元整, 壹佰万零壹佰元整, 壹元零伍分, 壹佰万元零壹分.
 *   Choice: where the rule allows either form we write the 零 (壹拾元零壹角整, not 壹拾元壹角整;
 *   壹拾万零柒仟元 for 107000 元, not 壹拾万柒仟元). Both forms are accepted; one consistent form
 *   keeps printed documents comparable and the logic to one rule.
 * - Amounts below 1 元 start with 角/分 (伍角整, 壹分); 0 is 零元整; negatives get the prefix 负.
 */
export function capitalAmount(fen: number): string {
  assertFen(fen)
  if (fen === 0) return '零元整'
  const parts = splitDigits(fen)
  let out = parts.negative ? '负' : ''
  let emitted = false // a non-zero digit has been written; zeros before it are not read
  let pendingZero = false // zeros seen since the last non-zero digit: write one 零 before the next

  const writeDigit = (digit: number, unit: string): void => {
    if (digit === 0) {
      if (emitted) pendingZero = true
      return
    }
    out += (pendingZero ? '零' : '') + CAPITAL_DIGITS[digit] + unit
    pendingZero = false
    emitted = true
  }

  const yuan = parts.yuan === '0' ? '' : parts.yuan
  for (let i = 0; i < yuan.length; i += 1) {
    const position = yuan.length - 1 - i
    writeDigit(Number(yuan.charAt(i)), DIGIT_UNITS[position % 4] ?? '')
    const label = sectionLabel(position)
    if (label === '') continue
    // 万 / 万亿 appear only when their four digits are not all zero (壹亿元整, not 壹亿零万元整);
    // 亿 appears whenever anything above it is non-zero (壹万亿元整).
    const section = position === 8 ? yuan.slice(0, i + 1) : yuan.slice(Math.max(0, i - 3), i + 1)
    if (/[1-9]/.test(section)) out += label
  }
  if (yuan !== '') out += '元'

  writeDigit(parts.jiao, '角')
  writeDigit(parts.fen, '分')
  if (parts.fen === 0) out += '整'
  return out
}
