// The project's one decoder of HTML and XML character references (`&amp;`, `&eacute;`, `&#233;`, `&#xE9;`),
// wrapping the maintained `entities` package (also what linkedom's parser uses).
import { decodeHTMLStrict } from 'entities';

/**
 * Decodes every character reference in one pass, so a decoded `&` never starts another reference:
 * `&amp;lt;` is `&lt;`, not `<`. Strict: only references closed by `;` are read; unknown ones stay as they stand.
 */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text);
}
