/**
 * Splits a form's lines into pages (docs/printed-forms.md: 第 x 页 共 y 页, header repeated): each page has
 * `room` for lines below its repeated header; the last page must also hold the tail (合计, 大写, signature
 * boxes). Heights are measured, not counted, because a long name or code wraps (nothing is ever clipped).
 * Returns the line indexes of each page; an empty form is one page.
 *
 * When the tail does not fit under the last page's lines, the last line moves over with it, so the tail
 * never stands alone on a page when a line could keep it company; if even that does not fit, the tail
 * gets a page of its own.
 */
export function paginate(rowHeights: readonly number[], room: number, tail: number): number[][] {
  const pages: number[][] = [[]]
  let used = 0
  rowHeights.forEach((height, index) => {
    const page = pages[pages.length - 1]!
    if (page.length > 0 && used + height > room) {
      pages.push([index])
      used = height
    } else {
      page.push(index)
      used += height
    }
  })
  if (used + tail <= room) return pages
  const last = pages[pages.length - 1]!
  const lastIndex = last[last.length - 1]
  if (last.length >= 2 && lastIndex !== undefined && rowHeights[lastIndex]! + tail <= room) {
    last.pop()
    pages.push([lastIndex])
  } else {
    pages.push([])
  }
  return pages
}
