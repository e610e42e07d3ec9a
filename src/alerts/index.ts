// Public face of alerts: Atom feeds and e-mail digests of what is new for a search or for followed States.
export { alertEntry, type AlertEntry } from './entries.js';
export { renderAtom, xmlText, type AtomFeed } from './atom.js';
export { composeDigest, describeScope, type DigestMessage } from './digest.js';
export { createMailer, type Mailer } from './mailer.js';
export { sendDigests, type DigestOutcome, type SendOptions } from './send.js';
