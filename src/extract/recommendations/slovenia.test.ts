import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf, readDocx } from '../../ingest/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { parseWorkingGroupReport } from './wg-report.js';
import { attachPositions, expandReferences, parseResponses } from './responses.js';
import { parseThematicList } from './thematic-list.js';
import { itemNumber } from './bundled-items.js';

const CYCLES = [
  { cycle: 2, report: 'g1423930.pdf', addendum: 'g1504261.pdf', list: 'UPR20__Slovenia_ThematicListRecommendations_E.docx', total: 163, supported: 142, noted: 21 },
  { cycle: 3, report: 'g1934994.pdf', addendum: 'g2004192.pdf', list: 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx', total: 215, supported: 182, noted: 33 },
];

describe('Slovenia: Working Group report + addendum = OHCHR thematic list', () => {
  for (const c of CYCLES) {
    it(`cycle ${c.cycle}: ${c.total} recommendations, one to one, with identical States and positions`, async (t) => {
      const dir = sharedPath(t, 'slovenia', `cycle${c.cycle}`);
      if (!dir) return;
      const report = parseWorkingGroupReport((await readPdf(`${dir}/${c.report}`)).pages);
      const stated = parseResponses((await readPdf(`${dir}/${c.addendum}`)).pages);
      const attached = attachPositions(stated.value, report.value.map((r) => r.paragraph));
      const list = parseThematicList((await readDocx(`${dir}/${c.list}`)).html!);
      assert.deepEqual([report.problems, attached.problems, list.problems], [[], [], []]);

      // Items bundling several clauses, each with its State (122.3: Indonesia; Niger; Philippines), come out
      // as one recommendation per clause (122.3a…); the list keeps the item whole with all its States.
      const final = new Map<string, { response: string; states: string[] }>();
      for (const r of report.value) {
        const item = itemNumber(r.paragraph);
        const prev = final.get(item);
        final.set(item, { response: r.response, states: [...(prev?.states ?? []), ...r.recommendingStates] });
      }
      for (const p of attached.value) final.get(itemNumber(p.target))!.response = p.response;
      const fromList = new Map(list.value.map((r) => [r.paragraph, r]));
      assert.equal(final.size, c.total);
      assert.deepEqual([...final.keys()].sort(), [...fromList.keys()].sort());
      for (const [item, f] of final) {
        const l = fromList.get(item)!;
        assert.deepEqual([item, f.response, f.states], [l.paragraph, l.response, l.recommendingStates]);
      }
      const count = (resp: string) => [...final.values()].filter((v) => v.response === resp).length;
      assert.deepEqual([count('supported'), count('noted')], [c.supported, c.noted]);
    });
  }

  it('cycle 3: item 122.3 bundling three clauses gives one recommendation per clause, the item kept as provenance', async (t) => {
    const dir = sharedPath(t, 'slovenia', 'cycle3');
    if (!dir) return;
    const report = parseWorkingGroupReport((await readPdf(`${dir}/g1934994.pdf`)).pages);
    const clauses = report.value.filter((r) => itemNumber(r.paragraph) === '122.3');
    assert.deepEqual(clauses.map((r) => [r.paragraph, r.recommendingStates]), [['122.3a', ['IDN']], ['122.3b', ['NER']], ['122.3c', ['PHL']]]);
    assert.match(clauses[1]!.text, /^Consider the possibility of ratifying the International Convention on the Protection of the Rights of All Migrant Workers/);
    assert.ok(clauses.every((r) => r.itemText?.startsWith('Undertake measures to ratify') && r.itemText.endsWith('(Philippines);')));
  });

  it('cycle 1: the addendum answering recommendation by recommendation gives all 97 positions, 4 noted', async (t) => {
    const dir = sharedPath(t, 'slovenia', 'cycle1');
    if (!dir) return;
    const report = parseWorkingGroupReport((await readPdf(`${dir}/g1012049.pdf`)).pages);
    const stated = parseResponses((await readPdf(`${dir}/g1012465.pdf`)).pages);
    const attached = attachPositions(stated.value, report.value.map((r) => r.paragraph));
    assert.deepEqual([report.value.length, attached.value.length, attached.problems], [97, 97, []]);
    assert.ok(report.value.every((r) => r.response === 'pending'));
    assert.deepEqual(attached.value.filter((p) => p.response === 'noted').map((p) => p.target), ['111.1', '111.84', '111.88', '111.93']);
    assert.deepEqual(attached.value.filter((p) => ['111.82', '111.86', '111.80'].includes(p.target)).map((p) => p.paragraph), ['77', '77', '80']);
  });

  it('keeps where the list says each position comes from', async (t) => {
    const dir = sharedPath(t, 'slovenia', 'cycle3');
    if (!dir) return;
    const rows = parseThematicList((await readDocx(`${dir}/UPR34_Slovenia_Thematic_list_of_Recommendations.docx`)).html!).value;
    const r = rows.find((x) => x.paragraph === '122.1')!;
    assert.deepEqual([r.response, r.positionSource, r.positionSymbol, r.themes[0]], ['supported', 'A/HRC/43/15/Add.1 - Para.3', 'A/HRC/43/15/Add.1', 'Acceptance of international norms']);
    assert.deepEqual(rows.find((x) => x.paragraph === '121.1')!.recommendingStates, ['FRA', 'LTU']);
  });
});

describe('positions stated in an addendum', () => {
  const lists: [string, string[]][] = [
    ['122.1, 122.17-18, 122.22', ['122.1', '122.17', '122.18', '122.22']],
    ['122.62-66', ['122.62', '122.63', '122.64', '122.65', '122.66']],
    ['122.34- 35', ['122.34', '122.35']],
    ['1–3, 14, 150 – 152', ['1', '2', '3', '14', '150', '151', '152']],
  ];
  for (const [list, expected] of lists) it(`expands "${list}"`, () => assert.deepEqual(expandReferences(list), expected));

  it('reads accepted and noted lists with the paragraph stating them', () => {
    const page = [
      '1.   This document contains the response of the Government.',
      '2.   The Government accepts the following recommendations 122.1, 122.12, 122.17-',
      '18, 122.22.',
      '3.   For the time being, the Government notes recommendations 122.2-4.',
    ].join('\n');
    const { value } = parseResponses([page]);
    assert.deepEqual(value.map((p) => `${p.recommendation}:${p.response}:${p.paragraph}`), [
      '122.1:supported:2', '122.12:supported:2', '122.17:supported:2', '122.18:supported:2', '122.22:supported:2',
      '122.2:noted:3', '122.3:noted:3', '122.4:noted:3',
    ]);
  });

  it('ties bare numbers to the one paragraph ending with them and reports the others', () => {
    const pos = (recommendation: string) => ({ recommendation, response: 'supported' as const, paragraph: '3', page: 1 });
    const r = attachPositions([pos('1'), pos('115.2'), pos('9')], ['115.1', '115.2']);
    assert.deepEqual(r.value.map((p) => p.target), ['115.1', '115.2']);
    assert.equal(r.problems.length, 1);
  });
});

describe('positions answering recommendations numbered 1…n', () => {
  it('ties "17" to the recommendation the report left pending when two paragraphs end with .17', () => {
    const r = attachPositions([{ recommendation: '17', response: 'noted', paragraph: '17', page: 2 }], ['92.17', '93.17'], new Set(['93.17']));
    assert.deepEqual(r.value.map((p) => p.target), ['93.17']);
  });
});
