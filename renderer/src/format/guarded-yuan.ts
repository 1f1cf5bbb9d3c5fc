import { capitalAmount, formatYuan } from '../../../shared/money'

// Need-to-know (docs/need-to-know.md): the core leaves a price or amount out for a post without the
// need, so screens and printed forms draw a dash there — never 0, which would read as "free".

export function yuanOrDash(fen: number | null | undefined): string {
  return fen === undefined || fen === null ? '—' : formatYuan(fen)
}

export function capitalOrDash(fen: number | null | undefined): string {
  return fen === undefined || fen === null ? '—' : capitalAmount(fen)
}
