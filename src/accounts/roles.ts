// The roles of a workspace member, weakest first: each role may do everything the ones before it may.
import { UprError } from '../core/index.js';

export const ROLES = ['viewer', 'editor', 'coordinator', 'administrator'] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do, for help texts and docs/accounts.md. */
export const ROLE_HELP: Readonly<Record<Role, string>> = Object.freeze({
  viewer: 'reads the workspace (assessments, plans, evidence)',
  editor: 'also writes assessments, evidence and notes',
  coordinator: 'also manages the follow-up plan (priorities, owners, target dates) and publishes shared experience',
  administrator: 'also manages the workspace\'s members and roles and reads its audit log',
});

export function isRole(s: unknown): s is Role {
  return typeof s === 'string' && (ROLES as readonly string[]).includes(s);
}

/** True when `role` is `min` or stronger. */
export function roleAtLeast(role: Role | null | undefined, min: Role): boolean {
  return role != null && ROLES.indexOf(role) >= ROLES.indexOf(min);
}

/** Reads a role from input; invalid_input naming `field` otherwise. */
export function parseRole(s: unknown, field = 'role'): Role {
  if (isRole(s)) return s;
  throw new UprError('invalid_input', `the role must be one of ${ROLES.join(', ')}, got ${JSON.stringify(String(s ?? '')).slice(0, 60)}`, { field });
}
