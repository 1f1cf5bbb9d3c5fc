import { Card, Typography } from 'antd'
import type { ReactNode } from 'react'

/**
 * The centred card the setup and login screens share: company name on top, one form below. It covers the
 * window rather than sitting in the page's flow: while a login is checked the signed-in screen is laid
 * out beneath it at its final place (app-root.tsx), and must neither move this card nor be moved by it;
 * the answer then only removes this cover (no style of the screen beneath changes).
 */
export function AuthFrame({ heading, subheading, width = 460, children }: { heading: string; subheading: string; width?: number; children: ReactNode }) {
  return (
    <div className="auth-frame">
      <Card style={{ width, maxWidth: '100%' }} styles={{ body: { padding: '28px 32px 12px' } }}>
        <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4, textAlign: 'center', textWrap: 'balance' }} data-testid="auth-heading">
          {heading}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 24 }}>
          {subheading}
        </Typography.Paragraph>
        {children}
      </Card>
    </div>
  )
}
