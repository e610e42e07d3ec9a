// Reading a language named by a user (`upr report --lang fr`): one of the catalogue's languages, or an
// invalid_input error that lists them.
import { UprError, type ErrorDetails } from '../errors.js';
import { isLang, LANGS, type Lang } from './locale.js';

/** `value` as a Lang (English when absent); `invalid_input` listing the valid languages otherwise. */
export function parseLang(value: unknown, details: ErrorDetails = { field: '--lang' }): Lang {
  if (value === undefined || value === null || value === '') return 'en';
  const s = String(value).trim().toLowerCase();
  if (isLang(s)) return s;
  throw new UprError('invalid_input', `must be one of ${LANGS.join(', ')}, got "${String(value)}"`, { ...details, value: String(value) });
}
