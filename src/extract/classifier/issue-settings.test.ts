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

// Real texts of the development part (UPR Info sessions 1-16), round lex13.
describe('lists, HIV as a group and officials (issue-anchors.ts, issue-rules.ts, round lex13)', () => {
  it("gives a service listed beside a child's service to the children too", () => {
    assert.deepEqual(issuesOf('Carry on with ensuring that children with disabilities have full access to education and health-care services'), ['disability', 'education', 'health']);
    assert.ok(issuesOf('Ensure that children of internally displaced persons, refugees, asylum-seekers and their families enjoy the right to health, education and birth registration without discrimination').includes('health'));
    // Health professionals are people, not a service: no health issue from the training of professionals.
    assert.ok(!issuesOf('Take legislative measures to explicitly ban corporal punishment in all settings, including the home and penal institutions, set up effective complaints mechanisms and provide training in the identification, reporting and management of cases of ill-treatment to teachers, law enforcement and health professionals').includes('health'));
  });

  it('reads HIV as who the children are or what befell them, not their health, unless prevention or treatment is asked', () => {
    assert.ok(!issuesOf('Develop and implement policies to protect the rights of the child which fully take into account the implications of the increasing number of HIV-AIDS orphans').includes('health'));
    assert.ok(!issuesOf('Study the possibility of expanding measures to combat discrimination, especially in the case of children with disabilities and HIV').includes('health'));
    assert.ok(issuesOf('Increase its efforts to raise awareness of and prevent the spread of HIV-AIDS and provide adequate treatment and alternative care opportunities for children').includes('health'));
    assert.ok(!issuesOf('Give further consideration to enacting legislation and formulating national action plans with concrete goals: to prevent the economic exploitation of and hazardous work by children, and to combat drug abuse, human trafficking and the sexual exploitation of women and children').includes('health'));
  });

  it("files violence or trafficking listed among children's harms under them", () => {
    assert.ok(issuesOf('Increase its efforts on strengthening protection of children\'s rights in such areas as child labor, domestic violence, trafficking and sexual exploitation').includes('trafficking_exploitation'));
    assert.ok(issuesOf('Strengthen measures aiming to make effective the rights of the Child from an integral perspective and based on the Convention on the Rights of the Child, particularly on issue of eradication of child labour, violence and sexual abuses and street children conditions').includes('violence'));
  });

  it('does not take racial discrimination, an anti-discrimination law or a list of topics for the girl child', () => {
    assert.ok(!issuesOf('Intensify the policy and measures in the promotion of human rights for vulnerable groups, including the fight against racial discrimination and against trafficking and sexual exploitation of children').includes('girl_child_discrimination'));
    assert.ok(!issuesOf('Adopt the Law on the Rights of the Child and the Law against Discrimination as matters of priority, as well as measures to ensure the implementation of laws on birth registration').includes('girl_child_discrimination'));
    assert.ok(!issuesOf('Take the necessary measures to ensure universal birth registration, including for children born out of wedlock and regardless of the parents\' immigration status').includes('girl_child_discrimination'));
    assert.ok(issuesOf('Continue work in areas of discrimination against women and children').includes('girl_child_discrimination'));
  });

  it('does not take training given to officials for schooling, and reads minority schooling as minority children', () => {
    assert.ok(!issuesOf('Provide law enforcement and judicial officials with specific education-sensitivity training towards the protection of children, women and persons of minority sexual orientation or gender identity').includes('education'));
    assert.deepEqual(issuesOf('Increase the number of schools providing education in minority languages, especially in the regions with concentrated minority populations'), ['education', 'ethnic_minority_children']);
    assert.ok(!issuesOf('Ensure the full implementation of ILO Conventions 182 and 138, and that it stop the practice of sending school-age children to participate in the harvesting of cotton.').includes('education'));
  });

  it('finds national legislation brought into line with the Convention and laws concerning children', () => {
    assert.ok(issuesOf('Take all necessary steps to prohibit corporal punishment in all settings and align its national legislation with the provisions of the CRC').includes('general_measures'));
    assert.ok(issuesOf('Adopt and implement the legislation and policies concerning children, especially concerning birth registration, violence against children, juvenile justice, street children to name just a few').includes('general_measures'));
  });
});

// Real texts of the development part (the retired lex14 held-out part among them), round lex14.
describe('the Convention as a standard, group rights, gender in schooling (issue-rules.ts, issue-anchors.ts, round lex14)', () => {
  it('reads the Convention named as the standard of an ask on one issue as that issue, and legislation harmonised as a whole as general measures', () => {
    assert.deepEqual(issuesOf('Implement outstanding legislative reforms to prevent violence against children and child abuse in accordance with its obligations under the Convention on the Rights of the Child'), ['violence']);
    assert.ok(!issuesOf('Harmonize its Penal Code and legislation with the CRC in order to eradicate corporal punishment of children in schools and other settings').includes('general_measures'));
    assert.ok(issuesOf('Continue harmonizing its domestic legislation in conformity with the Convention on the Rights of the Child, introduce legislation to prevent and end all forms of corporal punishment').includes('general_measures'));
    assert.ok(issuesOf('Ratify the Optional Protocol to the Convention on the Rights on the Child on the Sale of Children, Child Prostitution and Child Pornography.').includes('general_measures'));
  });

  it('reads the rights of one group of children as that group\'s issue, not general measures', () => {
    assert.deepEqual(issuesOf('Establish a monitoring mechanism to effectively ensure the protection of the rights of children in alternative care, including in monasteries'), ['family_alternative_care']);
    assert.deepEqual(issuesOf('Establish mechanisms and procedures for the protection of rights of child victims of human trafficking'), ['trafficking_exploitation']);
  });

  it('files gender equality in schooling under the girl child, not discrimination against people living with HIV nor "without discrimination"', () => {
    assert.ok(issuesOf('Put greater efforts to ensure that human rights awareness, including the issue of gender equality, is included in the school curricula').includes('girl_child_discrimination'));
    assert.ok(!issuesOf('Continue to take further action to combat the prevalence of HIV-AIDS among children and discrimination against people living with HIV-AIDS by providing adequate treatment and information').includes('girl_child_discrimination'));
    assert.ok(!issuesOf('Take appropriate measure to ensure that the basic civil and political rights of Roma are being assured and that birth registration is available and accessible for all children without discrimination').includes('girl_child_discrimination'));
  });

  it('finds other forms of violence after corporal punishment, mistreatment and healthcare', () => {
    assert.deepEqual(issuesOf('Take measures to ensure that children are fully protected from corporal punishment and other forms of violence or exploitation'), ['corporal_punishment', 'violence']);
    assert.ok(issuesOf('Conduct thorough criminal investigation and prosecution of the police officers involved in the mistreatment of six Roma minors in Kosice.').includes('violence'));
    assert.ok(issuesOf('Establish policies to improve healthcare and general welfare of indigenous children').includes('health'));
  });
});

// Real texts of the development part (the retired lex15 held-out part among them), round lex15.
describe('equality with a ground, girls as victims, the Convention before one ask (round lex15)', () => {
  it('reads equality as the girl child only with the sexes or a ground named', () => {
    assert.ok(!issuesOf('Revise the Family Code to guarantee equality between fathers and mothers in guardianship of their children').includes('girl_child_discrimination'));
    assert.ok(issuesOf('Establish equal rights for all children, regardless of the marriage status of their parents').includes('girl_child_discrimination'));
  });

  it('files girls named as victims of violence under violence', () => {
    const got = issuesOf('Guarantee that all those responsible for acts of violence, harassment and sexual abuse of girls, in particular in the educational system, are effectively punished and that the girls receive support, including denouncing these situations, and reparation and protection measures');
    assert.ok(got.includes('violence') && !got.includes('girl_child_discrimination'), got.join(', '));
  });

  it('reads the Convention followed by an ask on one issue as that issue, and a policy on one group of children as that group', () => {
    assert.deepEqual(issuesOf('Enact domestic legislation in line with the provisions of CRC to eliminate child prostitution'), ['trafficking_exploitation']);
    assert.deepEqual(issuesOf('Adopt a national policy on children with disabilities'), ['disability']);
  });

  it('does not take the training of teachers on child abuse for schooling', () => {
    const got = issuesOf('Formally incorporate education about child sexual abuse and its prevention into the training of teachers and other professionals working with children, health professionals, lawyers and police officers');
    assert.ok(got.includes('violence') && !got.includes('education'), got.join(', '));
  });
});

// Real texts of the development part and of Slovenia's UPR recommendations, round lex16.
describe('lists of groups and the rights of one group (round lex16)', () => {
  it("reads women's and children's rights, and children among other groups, as a list of groups, not general measures", () => {
    assert.ok(!issuesOf('Further strengthen the National Human Rights Commission and the national commission to combat gender-based violence, and the capacities needed to secure advancement in the human rights field, particularly in the area of women\'s and children\'s rights').includes('general_measures'));
    assert.ok(!issuesOf('Maintain efforts to promote and protect the rights of children, young people, persons with disabilities and women, and seek to overcome the low representation of women').includes('general_measures'));
  });

  it('reads the rights of children leaving care as alternative care, and the CRC named among obligations as the standard', () => {
    assert.ok(!issuesOf('Adopt further measures to ensure protection of the human rights of children leaving care in particular through the provision of education, health and psycho-social support').includes('general_measures'));
    assert.deepEqual(issuesOf('Address child labour in accordance with its international obligations, notably CRC and ILO Convention No. 182 (1999) concerning the Prohibition and Immediate Action for the Elimination of the Worst Forms of Child Labour'), ['child_labour']);
  });

  it('does not read "same-sex" as the sexes (Slovenia: equalize same-sex unions and ban corporal punishment)', () => {
    assert.deepEqual(issuesOf('Adopt the latest draft amendments to the Marriage and Family Relations Act that equalize same-sex unions and other family unions and ban the corporal punishment of children'), ['corporal_punishment']);
  });
});
