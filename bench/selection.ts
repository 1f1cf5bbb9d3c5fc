/**
 * `--only a,b`: the rows whose operation contains one of the substrings (the others are skipped, their
 * fixtures still picked, so a row measures the same thing as in a full run). Unset: every row.
 */
let only: string[] | null = null

export function selectOnly(list: string | undefined): void {
  only = list ? list.split(',').map((s) => s.trim()).filter(Boolean) : null
}

export const wanted = (operation: string): boolean => only === null || only.some((part) => operation.includes(part))
