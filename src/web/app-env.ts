// Types shared by the app and its routes: per-request variables and the app's dependencies.
import type { Locale } from '../core/index.js';

export interface AppEnv {
  Variables: { loc: Locale };
}

export interface AppDeps {
  /** Today's date (YYYY-MM-DD), for the next scheduled review. */
  today(): string;
  /** Public base URL without trailing slash for absolute links, or '' for relative links. */
  baseUrl: string;
}
