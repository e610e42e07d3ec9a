import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classifyText } from './classify.js';
import { settingSpans } from './issue-settings.js';

const issuesOf = (text: string) => classifyText(text, 'en').issues.map((i) => i.id).sort();

// Real texts: recommendations of the development part of the issue gold set (UPR Info sessions 1-16), round lex12.
describe('settings are not issues (issue-settings.ts)', () => {
  it('finds the places a list names after "in", "at" or "outside of"', () => {
    const words = 'prohibit violence against children in all settings, including at home, schools, penal institutions and centres of alternative care'.split(' ');
    assert.deepEqual(settingSpans(words).map(([a, b]) => words.slice(a, b).join(' ')), ['in all settings, including at home, schools, penal institutions and centres of alternative care', 'at home, schools, penal institutions and centres of alternative care']);
    assert.deepEqual(settingSpans('access to education in rural areas'.split(' ')), []);
  });

  it('files violence in schools and care settings under violence only', () => {
    assert.deepEqual(issuesOf('Further combat violence against children in the school environment'), ['violence']);
    assert.deepEqual(issuesOf('Expressly prohibit in national legislation violence against children in all settings, including at home, schools, penal institutions and centres of alternative care'), ['violence']);
    assert.deepEqual(issuesOf('Create an effective abuse detection system in the educational, health and alternative care systems, in order to discourage the use of violence and to provide assistance to victimised children'), ['violence']);
  });

  it('keeps schooling when the other issue only says who the children are', () => {
    assert.deepEqual(issuesOf('Promote the integration of Roma children in the educational system under the same conditions as the other children'), ['education', 'ethnic_minority_children']);
  });
});

describe('means, reasons and health education (issue-rules.ts, round lex12)', () => {
  it('files an agency, a budget or a treaty on one matter under that matter only', () => {
    assert.deepEqual(issuesOf('Allocate specific funding within its health budget for child, maternal and reproductive health'), ['health']);
    assert.deepEqual(issuesOf('Ratify the Hague Convention on the Protection of Children and Cooperation in Respect of Inter-country Adoption'), ['family_alternative_care']);
    assert.ok(issuesOf('Continue its efforts, in cooperation with UNICEF and relevant United Nations agencies, to combat trafficking in persons and child abduction').includes('trafficking_exploitation'));
    assert.ok(!issuesOf('Continue its efforts, in cooperation with UNICEF and relevant United Nations agencies, to combat trafficking in persons and child abduction').includes('general_measures'));
  });

  it('reads the Committee on (the) Rights of the Child as a source, not as general measures', () => {
    assert.ok(!issuesOf('Consider the recommendation of the Committee on Rights of the Child (Committee on the CRC) to raise the minimum age of voluntary military recruitment').includes('general_measures'));
  });

  it('files sexual and reproductive education in the curriculum under health', () => {
    const text = 'Ensure, through the Ministry of National Education, the inclusion of sexual and reproductive education in the national secondary curriculum as part of the preparation for adult life, which will contribute to prevent, inter alia, early marriage, unwanted pregnancy and the spread of HIV/AIDS among adolescents';
    const got = issuesOf(text);
    assert.ok(got.includes('health') && !got.includes('education'), got.join(', '));
  });

  it('does not take poverty named as a reason, nor inclusive education for Roma pupils as disability', () => {
    assert.deepEqual(issuesOf('Ensure that all children are issued with a birth certificate in order to access various social services, with particular focus on children of migrants'), ['birth_registration_nationality', 'migrant_refugee_children']);
    assert.ok(!issuesOf('Continue with measures to remove discrimination and segregation of Romani pupils, including by ensuring effective implementation of its National Action Plan for Inclusive Education').includes('disability'));
  });

  it('finds children protection codes, imprisonment of minors and disparities between boys and girls', () => {
    assert.ok(issuesOf('Pay particular attention to protect childhood, as established in the strategic framework 2008-2015, through intensifying actions to enact a Children Protection Code').includes('general_measures'));
    assert.deepEqual(issuesOf('Protect minors and ensure that imprisonment of minors is separated from imprisonment of adults'), ['juvenile_justice']);
    assert.deepEqual(issuesOf('Continue to work on improving access to education and reducing the disparity between boys and girls in schools, within the framework of its National Education Master Plan 2010-2019'), ['education', 'girl_child_discrimination']);
    assert.ok(issuesOf('Promote further internal consultations to ensure the adoption of a code of protection of children in conformity with the Convention on the Rights of the Child').includes('general_measures'));
  });

  it('reads a later focus on children for migrants, but not the Palermo title, and names Aboriginal and Pygmy children', () => {
    assert.ok(issuesOf('Limit the use of detention of migrants and asylum seekers, especially when families with young children are concerned').includes('migrant_refugee_children'));
    assert.ok(!issuesOf('Consider ratifying CAT and OP-CAT, the International Convention on the Protection of the Rights of All Migrant Workers and Members of their Families (ICRMW), and the Protocol to Prevent Suppress and Punish Trafficking in Persons, Especially Women and Children (Palermo Protocol)').includes('migrant_refugee_children'));
    assert.ok(issuesOf('Put an end to all forms of violence against women and girls belonging to Aboriginal communities').includes('ethnic_minority_children'));
    assert.ok(issuesOf('Adopt the necessary measures to guarantee easy and effective access to free birth registration, including to Pygmy children').includes('ethnic_minority_children'));
  });
});
