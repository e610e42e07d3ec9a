// Public face of core: the UPR vocabulary (types), the one error class, parser problems, the reference data
// (States, sessions, the children's-rights taxonomy) and the i18n catalogue. Other folders import core
// through this file only; core itself imports no other folder.
export * from './types.js';
export * from './errors.js';
export * from './problems.js';
export * from './entities.js';
export * from './states.js';
export * from './state-names.js';
export * from './sessions.js';
export * from './taxonomy.js';
export * from './i18n/index.js';
export { SESSIONS } from './reference/sessions-data.js';
export { containment, recommendationTokens } from './recommendation-text.js';
export * from './merge-rule.js';
export * from './source-claims.js';
export { SUBMISSION_DEADLINE_RULE, type DeadlineRule } from './reference/submission-deadline.js';
export { normaliseOrganisationName, groupOrganisations, type NamedEntry } from './organisation-names.js';
