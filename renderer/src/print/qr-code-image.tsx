import QRCode from 'qrcode'
import { useEffect, useState } from 'react'

/**
 * A QR code of the document number (WORKFLOW.md "Printed forms": the warehouse and the gate find the
 * document by scanner). A data: URL image: allowed by the window's and the host's CSP (img-src data:).
 */
export function QrCodeImage({ text }: { text: string }) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    let stale = false
    QRCode.toDataURL(text, { margin: 0, width: 240, errorCorrectionLevel: 'M' })
      .then((dataUrl) => stale || setUrl(dataUrl))
      .catch(() => stale || setUrl(null))
    return () => {
      stale = true
    }
  }, [text])
  return url ? <img src={url} alt={`二维码 ${text}`} data-testid="print-qr" data-text={text} /> : <div style={{ height: '22mm' }} />
}
