import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities } from './entities.js';

describe('decodeEntities', () => {
  const cases: [string, string][] = [
    ['&amp;lt;', '&lt;'],
    ['&amp;amp;', '&amp;'],
    ['Trinidad &amp; Tobago', 'Trinidad & Tobago'],
    ['C&ocirc;te d&#39;Ivoire', "Côte d'Ivoire"],
    ['C&#244;te d&#x27;Ivoire', "Côte d'Ivoire"],
    ['&lt;b&gt; &quot;x&quot; &apos;y&apos;', '<b> "x" \'y\''],
    ['a&nbsp;b', 'a\u00a0b'],
    ['&notanentity; stays', '&notanentity; stays'],
    ['AT&T &not; &copy', 'AT&T ¬ &copy'],
  ];
  for (const [input, want] of cases) it(`decodes ${input} once, to ${want}`, () => assert.equal(decodeEntities(input), want));
});
