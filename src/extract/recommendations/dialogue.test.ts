import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../ingest/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { parseDialogue, speakerOf } from './dialogue.js';
import { dialogueReferences, referencedText } from './dialogue-references.js';
import { parseWorkingGroupReport } from './wg-report.js';

describe('interactive dialogue', () => {
  const speakers: [string, string | null][] = [
    ['Canada requested information on issues related to the amendment of the Family Code', 'CAN'],
    ['The Russian Federation expressed interest about combating terrorism', 'RUS'],
    ['The United Kingdom of Great Britain and Northern Ireland noted progress', 'GBR'],
    ['Iran (Islamic Republic of) welcomed the national report', 'IRN'],
    ['While noting Algeria’s efforts to combat terrorism, Saudi Arabia called on the Government', 'SAU'],
    ['In reply to the first set of interventions, the Minister stated that', null],
  ];
  for (const [text, iso3] of speakers) it(`finds the speaker of "${text.slice(0, 40)}…"`, () => assert.equal(speakerOf(text), iso3));

  it('reads which State spoke in each paragraph of Algeria 2008, replies going to the delegation', async (t) => {
    const file = sharedPath(t, 'wg-reports', 'algeria2008.pdf');
    if (!file) return;
    const { value } = parseDialogue((await readPdf(file)).pages, 'DZA');
    assert.equal(value.length, 50);
    const p45 = value.find((s) => s.paragraph === '45')!;
    assert.equal(p45.stateIso3, 'CAN');
    assert.match(p45.text, /^Canada requested information .* criminal prosecution\.$/);
    assert.equal(value.find((s) => s.paragraph === '33')!.stateIso3, 'DZA');
    assert.equal(value.find((s) => s.paragraph === '19')!.stateIso3, null);
  });
});

describe('recommendations referred to in the dialogue', () => {
  const refs: [string, string[]][] = [
    ['Other recommendations noted in the report in paragraphs 45, 55, 56, last sentence, and 63 above did not enjoy the support of Algeria.', ['45', '55', '56', '63']],
    ['The recommendations noted in the report in paragraphs 27 (b), (c), 31, 43 (a, d) above did not enjoy the support of China.', ['27b', '27c', '31', '43a', '43d']],
    ['The recommendations noted in the report in paragraphs: 71; 72 (c); 81 (d), (f) and (h) above did not enjoy the support of Malaysia.', ['71', '72c', '81d', '81f', '81h']],
    ['The following recommendations did not enjoy the support of Uzbekistan: Uzbekistan considers that the recommendations contained in paragraphs 33 (a, b), 48 (c) are not part of its obligations. Uzbekistan considers the recommendations contained in paragraphs 43(a), 44 as unacceptable because factually wrong.', ['33a', '33b', '48c', '43a', '44']],
    ['Estonia considers that the recommendations in paragraphs 77.13, 77.43 above have already been implemented', []],
  ];
  for (const [text, expected] of refs) {
    it(`reads "${text.slice(0, 60)}…"`, () => assert.deepEqual(dialogueReferences(text).map((r) => r.paragraph + (r.item ?? '')), expected));
  }

  it('quotes a lettered sub-item after the words introducing its list, up to the end of its sentence', () => {
    const st = { paragraph: '27', stateIso3: 'AUS', page: 5, text: 'Australia recommended that China: (a) strengthen rights. It also recommended (b) abolish the death penalty; and (c) ratify ICCPR.' };
    assert.equal(referencedText(st, 'b'), 'It also recommended (b) abolish the death penalty');
    assert.equal(referencedText(st, 'a'), 'Australia recommended that China: (a) strengthen rights.');
    assert.equal(referencedText(st, null), st.text);
  });

  it('turns the noted dialogue paragraphs of Algeria 2008 into noted recommendations of their speaker', async (t) => {
    const file = sharedPath(t, 'wg-reports', 'algeria2008.pdf');
    if (!file) return;
    const noted = parseWorkingGroupReport((await readPdf(file)).pages).value.filter((r) => r.response === 'noted');
    assert.deepEqual(noted.map((r) => [r.paragraph, r.recommendingStates.join()]), [['45', 'CAN'], ['55', 'BEL'], ['56', 'SVN'], ['63', 'NLD']]);
    assert.ok(noted.every((r) => r.positionParagraph === '70'));
  });
});
