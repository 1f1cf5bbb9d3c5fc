import { Alert, Flex, Typography } from 'antd'
import type { ReactNode } from 'react'

/** One thing a signer must read, and where on the page it is (an element id). */
export interface ReviewPoint {
  key: string
  /** error: the signer cannot pass it by; warning: must be read; info: for the decision. */
  level: 'error' | 'warning' | 'info'
  text: ReactNode
  /** The id of the part of the page it refers to; the link scrolls there. */
  target?: string
  linkText?: string
}

/** The hash belongs to the router (HashRouter): an anchor scrolls by element id instead of by #fragment. */
export function scrollToPart(id: string): void {
  document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'center' })
}

const RANK = { error: 3, warning: 2, info: 1 } as const

/**
 * What a signer must read on a long document, on top of the page (issue 10): lines below floor for the
 * manager, non-standard terms for legal, each linked to its place so no one scrolls past the rest.
 */
export function ReviewSummary({ points }: { points: ReviewPoint[] }) {
  if (points.length === 0) return null
  const level = points.reduce((worst, p) => (RANK[p.level] > RANK[worst] ? p.level : worst), 'info' as ReviewPoint['level'])
  return (
    <Alert
      type={level}
      showIcon
      title="审阅要点"
      data-testid="doc-review-summary"
      description={
        <Flex vertical gap={2}>
          {points.map((point) => (
            <div key={point.key} data-testid={`doc-review-${point.key}`}>
              {point.text}
              {point.target && (
                <Typography.Link style={{ marginInlineStart: 8 }} onClick={() => scrollToPart(point.target!)} data-testid={`doc-review-${point.key}-link`}>
                  {point.linkText ?? '查看'}
                </Typography.Link>
              )}
            </div>
          ))}
        </Flex>
      }
    />
  )
}
