import { Typography } from 'antd'
import type { ReactNode } from 'react'

/** A titled part of a document body (明细, 付款条件 …), spaced the same everywhere. */
export function Section({ title, children, testId, anchor }: { title: ReactNode; children: ReactNode; testId?: string; anchor?: string }) {
  return (
    <section id={anchor} style={{ marginBottom: 20, scrollMarginTop: 16 }} data-testid={testId}>
      <Typography.Title level={5} style={{ marginTop: 0, marginBottom: 10 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  )
}
