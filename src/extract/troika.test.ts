import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../ingest/index.js';
import { sharedPath } from '../../test/support/shared-data.js';
import { extractTroika } from './troika.js';

describe('troika of a Working Group report', () => {
  const cases: [file: string, troika: string[]][] = [
    ['zambia2008.pdf', ['SEN', 'CHE', 'PHL']],
    ['romania2008.pdf', ['AGO', 'CAN', 'BIH']],
    ['bahrain2008.pdf', ['SVN', 'GBR', 'LKA']],
    ['canada2009.pdf', ['GBR', 'AZE', 'BGD']],
    ['centralafricanrepublic2009.pdf', ['BOL', 'BIH', 'GAB']],
    ['samoa2011.pdf', ['BGD', 'POL', 'GBR']],
    ['bahamas2013.pdf', ['CRI', 'GAB', 'PAK']],
  ];
  for (const [file, troika] of cases) {
    it(`reads the three rapporteurs of ${file}`, async (t) => {
      const path = sharedPath(t, 'wg-reports', file);
      if (!path) return;
      const { value, problems } = extractTroika((await readPdf(path)).text, file);
      assert.deepEqual(problems, []);
      assert.deepEqual(value?.states, troika);
    });
  }

  it('reads names holding "and" and a leading "the" ("Bosnia and Herzegovina", "the Philippines")', () => {
    const text = '2. The Council selected the following group of rapporteurs (troika) to facilitate the review of Chad:\n Bosnia and Herzegovina, the Philippines and Trinidad and Tobago.\n3. In accordance';
    assert.deepEqual(extractTroika(text).value, { states: ['BIH', 'PHL', 'TTO'], written: 'Bosnia and Herzegovina, the Philippines and Trinidad and Tobago' });
  });

  it('finds no troika in a text without one, and names the list that holds something not a State', () => {
    assert.deepEqual(extractTroika('Questions were transmitted to Zambia through the troika.'), { value: null, problems: [] });
    const bad = extractTroika('selected the following group of rapporteurs (troika) to facilitate the review of Mali: Ruritania, Senegal and Peru.', 'x.pdf');
    assert.equal(bad.value, null);
    assert.deepEqual(bad.problems, [{ file: 'x.pdf', field: 'troika', value: 'Ruritania, Senegal and Peru', message: 'the troika names something that is not a State' }]);
  });
});
