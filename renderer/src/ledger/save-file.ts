export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * Saves bytes the core sent as base64 through a temporary <a download> on a blob: URL. The same code
 * works in the browser (the host) and in Electron, where the click becomes a download with a save dialog.
 */
export function saveBase64File(fileName: string, base64: string, mime: string): void {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // The download has its own copy by now; give slow machines a minute before the URL is freed.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
