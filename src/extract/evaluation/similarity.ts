// The recommendation text similarity lives in core (the store's merge rule uses it too); re-exported here for
// the extraction evaluation.
export { containment, recommendationTokens } from '../../core/index.js';
