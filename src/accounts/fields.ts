// Checks of account fields typed by people (e-mail address, name): trimmed, bounded, one clear message each.
import { UprError } from '../core/index.js';

const EMAIL = /^[^\s@<>"']+@[^\s@<>"']+\.[^\s@<>"']+$/;

/** A lower-cased, trimmed e-mail address; invalid_input naming `field` otherwise. */
export function parseEmail(raw: unknown, field = 'email'): string {
  const s = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (!s) throw new UprError('invalid_input', 'the e-mail address is missing', { field });
  if (s.length > 254 || !EMAIL.test(s)) throw new UprError('invalid_input', `not an e-mail address: ${JSON.stringify(s.slice(0, 80))}`, { field });
  return s;
}

/** A trimmed name of a person, organisation or workspace (1-200 characters, no control characters). */
export function parseName(raw: unknown, field = 'name'): string {
  const s = typeof raw === 'string' ? raw.trim() : '';
  if (!s) throw new UprError('invalid_input', `the ${field} is missing`, { field });
  if (s.length > 200) throw new UprError('invalid_input', `the ${field} must have at most 200 characters`, { field });
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(s)) throw new UprError('invalid_input', `the ${field} contains control characters`, { field });
  return s;
}
