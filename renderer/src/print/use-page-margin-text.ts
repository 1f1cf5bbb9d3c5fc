import { useEffect } from 'react'

/**
 * Prints `text` in the top-right page margin of every page (the document number, so a loose second page
 * still says which form it belongs to). @page margin boxes cannot read the DOM, so the rule is written
 * while the print page is open and removed when it closes. Only document-number characters pass.
 */
export function usePageMarginText(text: string | null): void {
  useEffect(() => {
    if (!text) return
    const safe = text.replace(/[^\p{L}\p{N} \-_/]/gu, '')
    const style = document.createElement('style')
    style.textContent = `@page { @top-right { content: "${safe}"; font-family: 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', SimSun, sans-serif; font-size: 8pt; color: #555; } }`
    document.head.appendChild(style)
    return () => style.remove()
  }, [text])
}
