import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { readDocx } from '../../ingest/index.js';
import { parseThematicList } from './thematic-list.js';

const SAMPLE = fileURLToPath(new URL('../../../data/sample/slovenia/', import.meta.url));

describe('parseThematicList', () => {
  it("reads every numbered row of the bundled cycle-2 list (Slovenia, 163 recommendations, 21 noted)", async () => {
    const { value, problems } = parseThematicList((await readDocx(`${SAMPLE}cycle2/UPR20__Slovenia_ThematicListRecommendations_E.docx`)).html!);
    assert.deepEqual(problems, []);
    assert.equal(value.length, 163);
    assert.equal(value.filter((r) => r.response === 'noted').length, 21);
    assert.ok(value.every((r) => r.recommendingStates.length > 0 && r.themes.length > 0), 'every row has States and themes');
  });

  it('skips header and theme rows, reads cells by paragraph and decodes entities once', () => {
    const html = [
      '<table><thead><tr><th><p>Recommendation</p></th><th><p>Position</p></th><th><p>Full list of themes</p></th></tr></thead><tbody>',
      '<tr><td colspan="3"><p>Theme: A12 Acceptance of international norms</p></td></tr>',
      '<tr><td><p>121.1 Ratify the Convention &amp;lt;draft&amp;gt; &amp; its Protocol (France);</p><p><strong>Source of position:</strong> A/HRC/43/15/Add.1 - Para.3</p></td>',
      '<td><p>Supported</p></td><td><p>- A12 Acceptance of international norms</p><p>Affected persons:</p><p>- children</p></td></tr>',
      '<tr><td><p>121.2 Abolish   corporal\npunishment (Sweden)</p></td><td><p>Maybe</p></td></tr>',
      '</tbody></table>',
    ].join('');
    const { value, problems } = parseThematicList(html);
    assert.deepEqual(
      value.map((r) => [r.paragraph, r.text, r.recommendingStates, r.response, r.positionSymbol, r.themes, r.row]),
      [
        ['121.1', 'Ratify the Convention &lt;draft&gt; & its Protocol', ['FRA'], 'supported', 'A/HRC/43/15/Add.1', ['A12 Acceptance of international norms'], 1],
        ['121.2', 'Abolish corporal punishment', ['SWE'], 'unknown', null, [], 2],
      ],
    );
    assert.deepEqual(problems, [{ line: 2, field: 'position', value: 'Maybe', message: 'row 121.2: unknown position' }]);
  });
});
