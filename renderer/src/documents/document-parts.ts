/** Element ids of the parts of a document body the 审阅要点 links to (review-summary.tsx). */
export const DOC_PARTS = {
  lines: 'doc-part-lines',
  terms: 'doc-part-terms',
  nonStandard: 'doc-part-non-standard',
  credit: 'doc-part-credit',
  line: (lineNo: number) => `doc-part-line-${lineNo}`,
} as const
