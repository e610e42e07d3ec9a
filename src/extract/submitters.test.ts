// The civil-society map of a summary of stakeholders' submissions: Slovenia's three real summaries (cycles
// 1-3, three list formats) and hand-written summaries in shapes they do not have.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../ingest/index.js';
import { sharedPath } from '../../test/support/shared-data.js';
import { readSubmitterMap, submitterKind } from './submitters.js';

async function summary(t: Parameters<typeof sharedPath>[0], cycle: string, file: string) {
  const path = sharedPath(t, 'slovenia', cycle, file);
  if (!path) return undefined;
  const d = (await prepareDocument(path)).segmented;
  return readSubmitterMap(d.paragraphs, d.footnotes);
}

const kinds = (m: NonNullable<Awaited<ReturnType<typeof summary>>>) => Object.fromEntries(m.value.submitters.map((s) => [s.abbreviation, s.kind]));
const cited = (m: NonNullable<Awaited<ReturnType<typeof summary>>>) => m.problems.filter((p) => p.field === 'citation').map((p) => p.value).sort();

describe("Slovenia's summaries of stakeholders' submissions (A/HRC/WG.6/<s>/SVN/3)", () => {
  it('cycle 1 (endnotes, "Civil society / National human rights institution / Regional Organizations"): kinds, the NHRI, a coalition without members reported', async (t) => {
    const m = await summary(t, 'cycle1', 'g0917008.pdf');
    if (!m) return;
    assert.deepEqual(kinds(m), { AI: 'ngo', FMDVEP: 'ngo', GIEACPC: 'ngo', SRI: 'joint', YHD: 'ngo', VARUH: 'nhri', CoE: 'regional', 'CoE-Commissioner': 'regional', 'CoE-CPT': 'regional', 'CoE-ECRI': 'regional' });
    const sri = m.value.submitters.find((s) => s.abbreviation === 'SRI')!;
    assert.equal(sri.name, 'Sexual Rights Initiative');
    assert.equal(m.value.submitters.find((s) => s.abbreviation === 'YHD')!.normalisedName, 'association for the theory and culture of handicap');
    assert.deepEqual(m.problems.map((p) => [p.field, p.value]), [['submitter', 'SRI']]);
    // Every numbered paragraph outside the introduction names a submitter; the Ombudsman's are VARUH's.
    assert.ok(m.value.paragraphs.filter((p) => p.section !== 'intro').every((p) => p.primary.length > 0));
    assert.deepEqual(m.value.paragraphs.find((p) => p.paragraph === '2')!.primary, ['VARUH']);
  });

  it('cycle 2 ("Individual submissions", "Regional intergovernmental organization(s)", attachments): the mis-spelt citations reported, variants resolved', async (t) => {
    const m = await summary(t, 'cycle2', 'g1409727.pdf');
    if (!m) return;
    assert.equal(m.value.submitters.length, 16);
    assert.equal(kinds(m).IBFAN, 'ngo');
    assert.equal(kinds(m)['EU-FRA'], 'regional');
    // The summary cites EU-FRA also as "FRA" and "EUFRA", CoE-GRECO as "GRECO": resolved. These three are
    // not in its list (EUAFR, CoE-CEECRML for CoE-CECRML, CoE-ESCR for CoE-ECSR): reported.
    assert.deepEqual(cited(m), ['CoE-CEECRML', 'CoE-ESCR', 'EUAFR']);
    assert.ok(!m.problems.some((p) => p.field === 'submission'), 'titles of an attachment are not unread entries');
  });

  it('cycle 3 (joint submissions with members): members split, the NHRI among individual submissions, mis-cited abbreviations reported', async (t) => {
    const m = await summary(t, 'cycle3', 'g1924226.pdf');
    if (!m) return;
    const js = (k: string) => m.value.submitters.find((s) => s.abbreviation === k)!;
    assert.deepEqual(js('JS2').members.map((x) => x.name), ['Peace Institute', 'Institute on Statelessness and Inclusion', 'European Network and Statelessness']);
    assert.deepEqual(js('JS1').members[0], { abbreviation: 'ERA-LGBTI', name: 'Equal Rights Association for Western Balkans and Turkey', normalisedName: 'equal rights association for western balkans and turkey' });
    assert.equal(js('PTPR/JS4').members.length, 4);
    assert.equal(js('HRORS').kind, 'nhri');
    assert.equal(js('HRORS').normalisedName, 'human rights ombudsman of the republic of slovenia');
    // Footnotes cite "PRPR/JS4" and "HROSR", which the list spells PTPR/JS4 and HRORS.
    assert.deepEqual(cited(m), ['Factsheet-Slovenia', 'HROSR', 'PRPR/JS4']);
    assert.deepEqual(m.value.paragraphs.find((p) => p.paragraph === '2')!.primary, ['JS1']);
  });
});

const para = (number: string | null, text: string, footnoteRefs: (number | string)[] = []) => ({ number, text, footnoteRefs });

describe('summaries in shapes the shared ones do not have', () => {
  it('a later-cycle list with a children\'s ombudsperson, a UN body and body citations ("JS2 recommended", "HRO noted")', () => {
    const notes = [
      { number: '1', text: 'The stakeholders listed below have contributed information for this summary; the full texts of all original submissions are available at: www.ohchr.org. Civil society Individual submissions: CRIN Child Rights International Network, London (United Kingdom); SCI Save the Children International; UNIV-X Faculty of Law, University of Ljubljana; CO Ombudsperson for Children of Ruritania. Joint submissions: JS1 Joint submission 1 submitted by: Together for Children, Zagreb (Croatia); Roma Youth Forum; JS2 Joint submission 2 submitted by: ECPAT International, and the Child Helpline Network. National human rights institution: HRO Human Rights Ombudsman of Ruritania. Regional intergovernmental organizations: CoE The Council of Europe, Strasbourg (France); UNICEF United Nations Children\'s Fund.' },
      { number: '2', text: 'JS1, para. 3; CRIN, p. 2.' },
      { number: '3', text: 'JS2, para. 4. See also SCI, p. 5.' },
    ];
    const m = readSubmitterMap([
      para(null, 'II. Information provided by stakeholders'),
      para('1', 'The present report is a summary of 8 stakeholders\' submissions.', [1]),
      para('2', 'JS1 recommended that Ruritania ban corporal punishment in all settings.', [2]),
      para('3', 'JS2 and CO noted that child helplines lacked funding; HRO noted delays. XYZ recommended more schools.', [3]),
    ], notes);
    assert.deepEqual(Object.fromEntries(m.value.submitters.map((s) => [s.abbreviation, s.kind])),
      { CRIN: 'ngo', SCI: 'ngo', 'UNIV-X': 'other', CO: 'ombudsperson', JS1: 'joint', JS2: 'joint', HRO: 'nhri', CoE: 'regional', UNICEF: 'un' });
    assert.deepEqual(m.value.submitters.find((s) => s.abbreviation === 'JS1')!.members.map((x) => x.name), ['Together for Children', 'Roma Youth Forum']);
    assert.deepEqual(m.value.submitters.find((s) => s.abbreviation === 'JS2')!.members.map((x) => x.name), ['ECPAT International', 'Child Helpline Network']);
    assert.equal(m.value.paragraphs[0]!.section, 'intro');
    assert.deepEqual(m.value.paragraphs.slice(1).map((p) => [p.paragraph, p.section, p.primary, p.secondary]),
      [['2', 'stakeholders', ['JS1', 'CRIN'], []], ['3', 'stakeholders', ['JS2', 'CO', 'HRO'], ['SCI']]]);
    assert.deepEqual(m.problems.map((p) => [p.field, p.value]), [['citation', 'XYZ']]);
  });

  it('a summary without a list of submissions: reported, nothing attributed', () => {
    const m = readSubmitterMap([para('1', 'AI recommended that the State ratify OP3-CRC.')], []);
    assert.equal(m.value.listFound, false);
    assert.deepEqual(m.value.submitters, []);
    assert.match(m.problems.map((p) => p.message).join('\n'), /no list of submissions found/);
  });

  it('an entry without an abbreviation and a joint submission naming no members are reported', () => {
    const list = 'The stakeholders listed below have contributed information for this summary; the full texts of all original submissions are available at: www.ohchr.org. Civil society: AI Amnesty International; an anonymous contribution received late; JS1 Joint submission 1.';
    const m = readSubmitterMap([para('1', 'AI noted progress.', [1])], [{ number: '1', text: list }]);
    assert.deepEqual(m.problems.map((p) => p.field).sort(), ['submission', 'submitter']);
    assert.match(m.problems.find((p) => p.field === 'submitter')!.message, /JS1|Joint submission 1/);
  });
});

describe('kinds of submitters', () => {
  const cases: [Parameters<typeof submitterKind>[0], string][] = [
    [{ key: 'OMB', name: "Children's Ombudsman of Sweden", kind: 'nhri' }, 'ombudsperson'],
    [{ key: 'DDN', name: 'Defensoría de los Derechos de la Niñez', kind: 'civil_society' }, 'ombudsperson'],
    [{ key: 'CCYP', name: 'Commissioner for Children and Young People', kind: 'civil_society' }, 'ombudsperson'],
    [{ key: 'NHRC', name: 'National Human Rights Commission', kind: 'nhri' }, 'nhri'],
    [{ key: 'UNHCR', name: 'Office of the United Nations High Commissioner for Refugees', kind: 'regional' }, 'un'],
    [{ key: 'CoE', name: 'Council of Europe', kind: 'attachment' }, 'regional'],
    [{ key: 'JS3', name: 'Joint submission 3', kind: 'joint' }, 'joint'],
    [{ key: 'HRC-UL', name: 'Human Rights Centre, University of Lund', kind: 'civil_society' }, 'other'],
    [{ key: 'SOS', name: "SOS Children's Villages International", kind: 'civil_society' }, 'ngo'],
  ];
  for (const [s, kind] of cases) it(`${s.name} (${s.kind}) is ${kind}`, () => assert.equal(submitterKind(s), kind));
});
