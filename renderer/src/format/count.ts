/**
 * 46848 → "46,848", as zh-CN writes counts. By hand rather than toLocaleString('zh-CN'): the first
 * toLocaleString loads the locale's number data (~10 ms), and 共 N 条 is on the first screen after 登录.
 */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+$)/g, ',')
}
