/**
 * Case-blind search the same on SQLite and PostgreSQL. SQLite's LIKE ignores the case of A–Z only and
 * PostgreSQL's LIKE ignores none, so searches compare `lower(column) LIKE :pattern` with the pattern
 * folded here. lower() itself folds A–Z only on both: SQLite's always does, and PostgreSQL's does for a
 * column in the "C" collation, which every text column has there (migration ByteOrderText). The pattern
 * is folded in TypeScript, not by lower(:pattern): a parameter has the database's default collation on
 * PostgreSQL, whose lower() would also fold Ａ, Ä or Σ, which SQLite leaves as they are.
 */
export const foldLatin = (text: string): string => text.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())

/** LIKE pattern for "starts with" (with ESCAPE '\'), the user's % and _ taken literally (codes may contain _). */
export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
}
