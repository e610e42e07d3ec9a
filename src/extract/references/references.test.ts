import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { citationMatcher, childSentences, parseSubmissionList, splitSentences, unSourcesByNote, unSourcesOfNote } from './index.js';

// Excerpts of the lists of submissions of Slovenia's summaries (A/HRC/WG.6/34/SVN/3 and A/HRC/WG.6/7/SVN/3), as stored.
const LIST_2019 = 'The stakeholders listed below have contributed information for this summary; the full texts of all original submissions are available at: www.ohchr.org. Civil society Individual submissions: AI Amnesty International, London, United Kingdom; HRORS Human Rights Ombudsman of the Republic of Slovenia, Ljubljana, Slovenia. Joint submissions: JS2 Joint submission 2 submitted by: The Peace Institute (Slovenia), the Institute on Statelessness and Inclusion (Netherlands), and the European Network and Statelessness (United Kingdom); PTPR/JS4 Joint submission 4 submitted by: Members of the Partnership in Truth for Peace and Reconciliation, namely the Society New Slovenian Covenant, Society United at the Linden Tree of Reconciliation and the Justice and Peace Commission (Slovenia). Regional intergovernmental organization(s): CoE The Council of Europe, Strasbourg (France); Attachments: (CoE-GRETA) - Group of Experts on Action against Trafficking in Human Beings, Report concerning the implementation, GRETA (2017) 38; EU-FRA European Union Agency for Fundamental Rights, Vienna, Austria.';
const LIST_2009 = 'The stakeholders listed below have contributed information for this summary; the full texts of all original submissions are available at: www.ohchr.org. (One asterisk denotes a non-governmental organization in consultative status with the Economic and Social Council. Two asterisks denote a national human rights institution with “B” status) Civil society AI Amnesty International, London, United Kingdom*; GIEACPC Global Initiative to End All Corporal Punishment of Children; SRI Sexual Rights Initiative (Joint submission). National human rights institution VARUH Human Rights Ombudsman of the Republic of Slovenia, Ljubljana, Slovenia.** Regional Organizations CoE Council of Europe, Strasbourg, France CoE-Commissioner The Council of Europe Commissioner for Human Rights CoE-CPT European Committee for the Prevention of Torture';

describe('list of submissions', () => {
  it('reads acronyms, organisations and joint submissions with their members (2019 format)', () => {
    const { value } = parseSubmissionList(LIST_2019);
    const byKey = new Map(value.map((s) => [s.key, s]));
    assert.equal(byKey.get('AI')?.name, 'Amnesty International');
    assert.equal(byKey.get('HRORS')?.kind, 'nhri');
    assert.equal(byKey.get('JS2')?.kind, 'joint');
    assert.deepEqual(byKey.get('JS2')?.members, ['Peace Institute', 'Institute on Statelessness and Inclusion', 'European Network and Statelessness']);
    assert.ok(byKey.get('PTPR/JS4')?.members.includes('Justice and Peace Commission'));
    assert.equal(byKey.get('CoE-GRETA')?.name, 'Group of Experts on Action against Trafficking in Human Beings');
    assert.equal(byKey.get('EU-FRA')?.kind, 'regional');
  });

  it('separates entries run together without semicolons and finds the NHRI section (2009 format)', () => {
    const { value } = parseSubmissionList(LIST_2009);
    assert.deepEqual(value.map((s) => s.key), ['AI', 'GIEACPC', 'SRI', 'VARUH', 'CoE', 'CoE-Commissioner', 'CoE-CPT']);
    assert.equal(value.find((s) => s.key === 'VARUH')?.kind, 'nhri');
    assert.equal(value.find((s) => s.key === 'GIEACPC')?.name, 'Global Initiative to End All Corporal Punishment of Children');
  });
});

describe('citations of submitters', () => {
  const cite = citationMatcher(parseSubmissionList(LIST_2019).value);
  const keys = (texts: string[]): string[] => cite(texts).map((s) => s.key);
  for (const [texts, expected] of [
    [['JS2 stated that safeguards…', 'JS2, para. 24 and CoE-Commissioner, para. 52.'], ['JS2']],
    [['CoE-GRETA urged Slovenia…', 'CoE-GRETA, para.193.'], ['CoE-GRETA']],
    [['AI stated…', 'AI, p. 7. See also EU-FRA, p. 12.'], ['AI', 'EU-FRA']],
    [['PTPR noted…', 'PRPR/JS4, para. 5.1.'], ['PTPR/JS4']],
    [['The Council of Europe (CoE) stated…'], ['CoE']],
    [['The Ombudsman considered that access to legal protection is very difficult…'], ['HRORS']],
  ] as [string[], string[]][]) {
    it(`finds ${expected.join(', ')} in "${texts.at(-1)}"`, () => assert.deepEqual(keys(texts), expected));
  }
});

describe('UN bodies cited in compilation footnotes', () => {
  for (const [note, expected] of [
    ['CRC/C/SVN/CO/3-4, para. 45.', ['CRC']],
    ['CERD/C/SVN/CO/8-11, para. 18, E/C.12/SVN/CO/2, para. 31 and CEDAW/C/SVN/CO/5-6, para. 46.', ['CEDAW', 'CESCR', 'CERD']],
    ['A/HRC/40/64/Add.1, para. 19. See also CCPR/C/SVN/CO/3/Add.1, paras. 24–28.', ['HR Committee', 'Special procedures']],
    ['UNHCR submission for the universal periodic review of Slovenia, p. 3.', ['UNHCR']],
    ['For relevant recommendations, see A/HRC/28/15, paras. 115.1 and 115.133.', []],
  ] as [string, string[]][]) {
    it(`reads ${expected.join(', ') || 'nothing'} from "${note}"`, () => assert.deepEqual(unSourcesOfNote(note).map((u) => u.key).sort(), [...expected].sort()));
  }
  it('repeats the previous note for Ibid.', () => {
    const m = unSourcesByNote([{ number: '1', text: 'CRPD/C/SVN/CO/1, para. 7.' }, { number: '2', text: 'Ibid., para. 30.' }]);
    assert.deepEqual(m.get('2')?.map((u) => u.key), ['CRPD']);
  });
});

describe('sentences', () => {
  it('does not split after para., p. or initials', () => {
    assert.deepEqual(splitSentences('See para. 12 of the report. Mr. X stated it. The U.N. agreed.'), ['See para. 12 of the report.', 'Mr. X stated it.', 'The U.N. agreed.']);
  });
  it('keeps the words of the sentences about children, unchanged', () => {
    const text = 'Roma lived in settlements. Access to water was poor. Roma children were overrepresented in special schools. Housing was substandard.';
    assert.deepEqual(childSentences(text, (s) => /children/.test(s)), ['Roma children were overrepresented in special schools.']);
  });
  it('quotes the whole paragraph when most of it is about children', () => {
    assert.equal(childSentences('Children a. Children b. Other c.', (s) => s.startsWith('Children')), undefined);
  });
});
