import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { positionOfIntro } from './sections.js';

describe('first position from the paragraph introducing a list', () => {
  const cases: [string, string][] = [
    ['The recommendations formulated during the interactive dialogue have been examined by Algeria and the recommendations listed below enjoy the support of Algeria:', 'supported'],
    ['The recommendations below formulated during the interactive dialogue have been examined by Greece and enjoy its support:', 'supported'],
    ['The recommendations formulated during the interactive dialogue listed below have been examined by Croatia and enjoyed its support:', 'supported'],
    ['Finland considered the recommendations made during the interactive dialogue and listed below, and agrees to follow up on them:', 'supported'],
    ['The following recommendations will be examined by Austria which will provide responses in due time, but no later than the seventeenth session of the Human Rights Council in June 2011:', 'pending'],
    ['The response of Somalia to the recommendations made during the interactive dialogue will be included in the outcome report adopted by the Human Rights Council at its eighteenth session in September 2011. The participants to the interactive dialogue recommended that Somalia:', 'pending'],
    ['Nigeria takes note of the recommendations above and in the interim would like to state that … The response of Nigeria to these recommendations will be included in the outcome report.', 'pending'],
    ['The recommendations below did not enjoy the support of Austria :', 'noted'],
    ['Other recommendations noted in the report in paragraphs 45, 55, 56, last sentence, and 63 above did not enjoy the support of Algeria.', 'noted'],
    ['In the course of the discussion, it was recommended that Barbados:', 'unknown'],
    // Wordings of later cycles, with the State as subject
    ['Germany has noted the following recommendations:', 'noted'],
    ['Germany notes the following recommendations:', 'noted'],
    ['Mali rejects the following recommendations:', 'noted'],
    ['Germany accepted the following recommendations:', 'supported'],
    ['Brunei Darussalam notes the following recommendations and will provide appropriate responses in due time.', 'pending'],
    ['The following recommendations will be examined by Mali, which will provide responses in due course, but no later than the fifty-fifth session of the Human Rights Council:', 'pending'],
    ['The following recommendations did not enjoy the support of Mali and would thus be noted:', 'noted'],
  ];
  for (const [text, expected] of cases) it(`reads "${text.slice(0, 70)}…" as ${expected}`, () => assert.equal(positionOfIntro(text), expected));
});
