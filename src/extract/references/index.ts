// Public face of references: who a UPR summary or compilation paragraph cites, and sentence splitting.
export { parseSubmissionList, findSubmissionList, type Submitter, type SubmitterKind } from './submissions.js';
export { citationMatcher } from './citations.js';
export { unSourcesOfNote, unSourcesByNote, type UnSource } from './un-bodies.js';
export { splitSentences, childSentences } from './sentences.js';
