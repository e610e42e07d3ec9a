// Public face of references: who a UPR summary or compilation paragraph cites, and sentence splitting.
export { parseSubmissionList, findSubmissionList, citedKeys, type Submitter, type SubmitterKind } from './submissions.js';
export { attributeSummary, type AttributedParagraph, type SummaryAttribution, type SummaryParagraph, type SummarySection } from './summary-attribution.js';
export { citationMatcher } from './citations.js';
export { unSourcesOfNote, unSourcesByNote, type UnSource } from './un-bodies.js';
export { splitSentences, childSentences } from './sentences.js';
