import { Card, Typography } from 'antd'
import { Link } from 'react-router-dom'
import type { FamilyMember, LinkKind } from '../../../shared/api'
import { LINK_KINDS } from '../../../shared/api'
import { docTypeLabel } from '../doc-types/labels'
import { StateTag } from './state-tag'

// How a linked document stands to this one, in words. A source is what this one was made from (or
// fulfils, pays, books): LINK_KINDS' own word. A dependant was made from (fulfils, pays, books) this one.
const DEPENDANT_WORDS: Record<LinkKind, string> = {
  madeFrom: '由此生成',
  fulfils: '履行本单',
  pays: '本单收款',
  books: '本单入帐',
}

export function relationText(member: FamilyMember): string {
  return member.direction === 'source' ? LINK_KINDS[member.link] : DEPENDANT_WORDS[member.link]
}

/** R24: the documents linked to this one, both ways — sources first, then what was made from it. */
export function DocumentFamily({ family }: { family: FamilyMember[] }) {
  // Nothing linked (a new application, a credit change): no card at all, the page stays quiet.
  if (family.length === 0) return null
  const ordered = [...family.filter((m) => m.direction === 'source'), ...family.filter((m) => m.direction === 'dependant')]
  return (
    <Card size="small" title="关联单据" data-testid="doc-family" data-count={family.length}>
      <div className="doc-family">
        {ordered.map((member) => (
          <div
            key={`${member.direction}-${member.id}`}
            className="doc-family-row"
            data-testid={`doc-family-${member.docNo}`}
            data-direction={member.direction}
            data-link={member.link}
          >
            <Typography.Text type="secondary">{relationText(member)}</Typography.Text>
            <span>{docTypeLabel(member.docType)}</span>
            <Link to={`/documents/${member.id}`} className="tabular-nums">
              {member.docNo}
            </Link>
            <span>
              <StateTag docType={member.docType} state={member.state} closed={member.closed} testId={`doc-family-state-${member.docNo}`} />
            </span>
          </div>
        ))}
      </div>
    </Card>
  )
}
