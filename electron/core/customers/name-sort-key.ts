// Customers are listed by pinyin (Chinese collation, issue 10), and the list is paged in the database,
// so the order must be a column the database can sort and index: customers.name_sort_key.
//
// The key is built from the runtime's own ICU pinyin collation (Intl.Collator 'zh-CN-u-co-pinyin'; Node
// and Electron ship full ICU), so no pinyin dictionary is bundled: every character of the ranges below is
// ranked once by that collator at primary strength (case and full/half width fold together: 'ＡＢＢ' and
// 'ABB', '（' and '(' rank alike), and a name's key is its characters' ranks, four hex digits each.
// Compared as bytes (SQLite BINARY, PostgreSQL COLLATE "C"), keys order names character by character as
// the collator does. The collator reads each character by one reading: 长 as zhǎng, 厦 as shà, so 长沙
// would sort under Z and 厦门 under S, where no clerk looks. Customer names start with their city, so the
// cities whose reading differs are read through a homophone (READ_AS; 重庆 the collator itself reads as
// chóng). A full word-level reading needs a pinyin dictionary (e.g. the npm package pinyin-pro), which is
// not installed: the lead's call (issue 10 report).
// Characters outside the ranges (rare ideographs beyond the BMP) rank after all others, equal to each other;
// the list breaks ties by id. The integrity check recomputes every key (customer-sort-key-rule.ts), so a
// name written without its key, or a runtime whose ICU ranks differently, is reported, not silently mis-sorted.

const RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // ASCII: digits, Latin letters, brackets
  [0xa0, 0x24f], // Latin-1 and Latin Extended (accented letters)
  [0x3000, 0x303f], // CJK punctuation
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xff00, 0xffef], // full-width forms
]
/** City names whose first character the collator reads otherwise, and a homophone of the right reading. */
const READ_AS: ReadonlyArray<readonly [string, string]> = [
  ['长沙', '常沙'], // cháng, not zhǎng
  ['长春', '常春'],
  ['长治', '常治'],
  ['重庆', '崇庆'], // chóng, not zhòng
  ['厦门', '夏门'], // xià, not shà
  ['乐清', '岳清'], // yuè, not lè
]
const WIDTH = 4
const UNRANKED = 'ffff'

let ranks: Map<string, string> | null = null

/** Built once, on first use (about 0.2 s for 28,415 characters on this 2-core machine). */
function rankTable(): Map<string, string> {
  if (ranks) return ranks
  const collator = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base' })
  const chars: string[] = []
  for (const [from, to] of RANGES) for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code))
  chars.sort((a, b) => collator.compare(a, b) || a.localeCompare(b))
  const table = new Map<string, string>()
  let rank = 0
  chars.forEach((ch, i) => {
    if (i > 0 && collator.compare(chars[i - 1]!, ch) !== 0) rank += 1
    table.set(ch, rank.toString(16).padStart(WIDTH, '0'))
  })
  ranks = table
  return table
}

/** The name's pinyin sort key: ASCII hex, four digits per character (≤ 400 for the 100-character name). */
export function customerNameSortKey(name: string): string {
  const table = rankTable()
  let read = name
  for (const [word, as] of READ_AS) read = read.replaceAll(word, as)
  let key = ''
  for (const ch of read) key += table.get(ch) ?? UNRANKED
  return key
}

/** Column length: the longest customer name (100 characters, shared/api customers) times four. */
export const NAME_SORT_KEY_LENGTH = 400
