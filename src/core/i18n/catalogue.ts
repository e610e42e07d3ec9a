// The one message catalogue: the interface's messages and the reports' (rp_ keys), per language. English is
// the reference; the type makes every other language translate every key, and a test checks the placeholders.
import { EN as INTERFACE_EN } from './messages-en.js';
import { FR as INTERFACE_FR } from './messages-fr.js';
import { ES as INTERFACE_ES } from './messages-es.js';
import { REPORT_EN } from './report-messages-en.js';
import { REPORT_FR } from './report-messages-fr.js';
import { REPORT_ES } from './report-messages-es.js';

export const EN = { ...INTERFACE_EN, ...REPORT_EN } as const;
export type MessageKey = keyof typeof EN;
export type Messages = Record<MessageKey, string>;

export const FR: Messages = { ...INTERFACE_FR, ...REPORT_FR };
export const ES: Messages = { ...INTERFACE_ES, ...REPORT_ES };

/** Keys both parts define (must stay empty: a report key would silently replace an interface one). */
export const SHARED_KEYS: string[] = Object.keys(REPORT_EN).filter((k) => k in INTERFACE_EN);
