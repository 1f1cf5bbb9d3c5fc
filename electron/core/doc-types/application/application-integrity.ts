import { sqlRule } from '../../integrity/integrity-rule'
import { linesAddUp, paymentTermsAddUp, type TypeIntegrity } from '../../integrity/type-integrity'
import { MAKE_CONTRACT } from './application-kind'

// The application's invariants for checkIntegrity (integrity/, both databases): its body and lines, its
// payment terms (R23: integer fen, adding up), its 签订合同 task (R4), and its 已转合同 state.

const HAS_CONTRACT = `EXISTS (SELECT 1 FROM contracts c WHERE c.application_id = d.id)`

export const applicationIntegrity: TypeIntegrity = {
  body: 'applications',
  lines: ['application_lines'],
  moneyArrays: [{ table: 'applications', column: 'instalments', key: 'amountFen' }],
  // R4: an approved application waits in the sales head's 待办 until its contract is made.
  followUpTask: { stepKey: MAKE_CONTRACT.stepKey, role: MAKE_CONTRACT.role, openWhile: `NOT ${HAS_CONTRACT}` },
  rules: [
    // An application is 已转合同 exactly when a contract was made from it.
    sqlRule(
      'application contracted',
      `SELECT d.doc_no || ' is ' || d.state || (CASE WHEN c.document_id IS NULL THEN ' without' ELSE ' with' END) || ' a contract' AS example
       FROM documents d LEFT JOIN contracts c ON c.application_id = d.id
       WHERE d.doc_type = 'application' AND (d.state = 'contracted') <> (c.document_id IS NOT NULL)`,
    ),
    linesAddUp('applications', 'application_lines'),
    paymentTermsAddUp('applications'),
  ],
}
