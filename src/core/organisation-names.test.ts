// Organisation names across summaries: the comparison form of one name, and entries of several documents
// joined into organisations by the documented rule.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupOrganisations, normaliseOrganisationName, type NamedEntry } from './organisation-names.js';

describe('the comparison form of an organisation name', () => {
  const cases: [string, string][] = [
    ['The Peace Institute', 'peace institute'],
    ['Association for the Theory and Culture of Handicap (YHD)', 'association for the theory and culture of handicap'],
    ['Fundación Mundial Déjame Vivir en Paz', 'fundacion mundial dejame vivir en paz'],
    ['Škuc Magnus', 'skuc magnus'],
    ['ADF International e.V.', 'adf international'],
    ['Save the Children Fund, Inc.', 'save the children fund'],
    ['Office International de l\'Enseignement Catholique', 'office international de lenseignement catholique'],
    ['Society for Awareness Raising & Protection – Centre of Anti-discrimination', 'society for awareness raising and protection centre of anti discrimination'],
    ['Organization for Security and Co-operation in Europe', 'organization for security and co operation in europe'],
  ];
  for (const [name, form] of cases) it(`"${name}" → "${form}"`, () => assert.equal(normaliseOrganisationName(name), form));
});

describe('organisations across documents', () => {
  const group = (entries: NamedEntry[]) => groupOrganisations(entries);

  it("Slovenia's Ombudsman, VARUH in cycle 1 and HRORS in cycle 3, is one organisation", () => {
    assert.deepEqual(group([{ abbreviation: 'VARUH', name: 'Human Rights Ombudsman of the Republic of Slovenia' }, { abbreviation: 'HRORS', name: 'Human Rights Ombudsman of the Republic of Slovenia' }]), [0, 0]);
  });

  it('the same abbreviation with the same organisation written differently joins; with another organisation it does not', () => {
    assert.deepEqual(group([
      { abbreviation: 'CoE', name: 'Council of Europe' }, { abbreviation: 'CoE', name: 'The Council of Europe' },
      { abbreviation: 'AI', name: 'Amnesty International' }, { abbreviation: 'AI', name: 'Amnesty International Slovenia section' },
      { abbreviation: 'HRW', name: 'Human Rights Watch' }, { abbreviation: 'HRW', name: 'Health Research Workshop' },
    ]), [0, 0, 2, 2, 4, 5]);
  });

  it('a regional body whose attachments carry report titles is joined by its abbreviation', () => {
    assert.deepEqual(group([
      { abbreviation: 'CoE-GRECO', name: 'The Group of States against Corruption of the Council of Europe', regional: true },
      { abbreviation: 'CoE-GRECO', name: 'Second Compliance Report on the Slovak Republic', regional: true },
    ]), [0, 0]);
  });

  it('joint submissions are numbered per document: JS1 of two summaries are not one organisation', () => {
    assert.deepEqual(group([{ abbreviation: 'JS1', name: 'Joint submission 1', joint: true }, { abbreviation: 'JS1', name: 'Joint submission one', joint: true }]), [0, 1]);
    // The same generic name in two summaries (how the /3 lists write them) is still two coalitions.
    assert.deepEqual(group([{ abbreviation: 'JS2', name: 'Joint submission 2', joint: true }, { abbreviation: 'JS2', name: 'Joint submission 2', joint: true }]), [0, 1]);
    // A coalition with a name of its own is one across summaries.
    assert.deepEqual(group([{ abbreviation: 'JS1', name: 'Slovenian NGO Coalition for Children', joint: true }, { abbreviation: 'JS3', name: 'Slovenian NGO Coalition for Children', joint: true }]), [0, 0]);
  });

  it('a member named only by its abbreviation joins the organisation listed with it', () => {
    assert.deepEqual(group([{ abbreviation: 'ERA-LGBTI', name: 'Equal Rights Association for Western Balkans and Turkey' }, { abbreviation: '', name: 'ERA-LGBTI' }]), [0, 0]);
  });
});

describe('attachments of one body', () => {
  it('"CoE-CM: Resolution", "CoE-CM: Recommendation" and "CoE-CM" are the Committee of Ministers', () => {
    assert.deepEqual(groupOrganisations([
      { abbreviation: 'CoE-CM: Resolution', name: 'Committee of Ministers of the Council of Europe. Resolution CM/ResCMN(2012)12', regional: true },
      { abbreviation: 'CoE-CM: Recommendation', name: 'Committee of Ministers of the Council of Europe on the application of the Charter', regional: true },
      { abbreviation: 'CoE-CM', name: 'Committee of Ministers', regional: true },
    ]), [0, 0, 0]);
  });
});
