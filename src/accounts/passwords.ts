// Password hashing with Node's scrypt (memory-hard): a random salt and the cost parameters are stored
// with the hash, so parameters can be raised later without breaking old hashes. Comparison in constant time.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { UprError } from '../core/index.js';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** Cost of new hashes: N = 2^15, r = 8, p = 1 (about 32 MiB and 50-100 ms per hash). */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ N: 32768, r: 8, p: 1 });
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const opts: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r * params.p };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, opts, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Hashes `password` as `scrypt$N$r$p$salt$hash` (salt and hash in base64url). */
export async function hashPassword(password: string, params: Readonly<ScryptParams> = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches `stored` (a hashPassword result); false for a missing or malformed hash. */
export async function verifyPassword(password: string, stored: string | null | undefined): Promise<boolean> {
  const parts = (stored ?? '').split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0) || N > 1 << 20) return false;
  const expected = Buffer.from(parts[5]!, 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const key = await derive(password, Buffer.from(parts[4]!, 'base64url'), { N, r, p });
  return timingSafeEqual(key, expected);
}

/** Length limits of a password: long enough to resist guessing, short enough to hash cheaply. */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Throws invalid_input naming `field` when `password` is too short or too long. */
export function checkNewPassword(password: string, field = 'password'): string {
  if (password.length < PASSWORD_MIN) throw new UprError('invalid_input', `the password must have at least ${PASSWORD_MIN} characters`, { field });
  if (password.length > PASSWORD_MAX) throw new UprError('invalid_input', `the password must have at most ${PASSWORD_MAX} characters`, { field });
  return password;
}
