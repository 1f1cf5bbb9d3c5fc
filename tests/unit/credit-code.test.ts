import { describe, expect, it } from 'vitest'
import { creditCodeCheckChar, isValidCreditCode } from '../../shared/credit-code'

// 统一社会信用代码 (GB 32100-2015): 18 characters, alphabet without I O Z S V, check character mod 31.
describe('统一社会信用代码 check character', () => {
  it.each([
    ['91350100M000100Y43', '3'],
    ['91110000600037341L', 'L'],
  ])('%s is valid (check character %s)', (code, check) => {
    expect(isValidCreditCode(code)).toBe(true)
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(check)
  })

  it.each(['91350100m000100y43', '91110000600037341l', '  91110000600037341L  '])('accepts %j: lower case and surrounding blanks', (code) => {
    expect(isValidCreditCode(code)).toBe(true)
  })

  it.each([
    ['wrong check character', '91350100M000100Y44'],
    ['wrong check character (letter)', '91110000600037341M'],
    ['last two characters swapped', '91350100M000100Y34'],
    ['one body character changed', '91350100M000200Y43'],
  ])('refuses a %s: %s', (_label, code) => {
    expect(isValidCreditCode(code)).toBe(false)
  })

  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the letter %s anywhere in the code', (letter) => {
    const body = `9135010${letter}M000100Y4`
    expect(creditCodeCheckChar(body)).toBeNull()
    expect(isValidCreditCode(`${body}3`)).toBe(false)
    expect(isValidCreditCode(`91350100M000100Y4${letter}`)).toBe(false)
  })

  it.each([
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y430'],
    ['empty', ''],
    ['punctuation', '91350100-000100Y43'],
  ])('refuses %s', (_label, code) => {
    expect(isValidCreditCode(code)).toBe(false)
  })

  it('needs exactly 17 characters to compute a check character', () => {
    expect(creditCodeCheckChar('9135010')).toBeNull()
    expect(creditCodeCheckChar('91350100M000100Y43')).toBeNull()
  })
})
