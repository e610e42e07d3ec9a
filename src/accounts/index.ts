// Public face of accounts: password hashing, tokens and signatures, roles, field checks, login rate limits.
// Pure (node:crypto only): the store keeps the rows, the web and CLI edges read secrets and requests.
export { hashPassword, verifyPassword, checkNewPassword, SCRYPT_PARAMS, PASSWORD_MIN, PASSWORD_MAX, type ScryptParams } from './passwords.js';
export { randomToken, hashToken, sign, sameText, signedSessionValue, readSignedSession, csrfToken, secretProblem } from './tokens.js';
export { ROLES, ROLE_HELP, isRole, roleAtLeast, parseRole, type Role } from './roles.js';
export { parseEmail, parseName } from './fields.js';
export { FailureLimiter, type LimitOptions } from './rate-limit.js';
