import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readUhriExport, detectUhriFormat } from './uhri-read.js';
import { splitUhriValues, parseSessionLabel, parseUhriDate } from './uhri.js';
import { readDocx, parseUprInfoCsv, decodeText } from './index.js';
import { parseThematicList } from '../extract/index.js';
import { sharedPath } from '../../test/support/shared-data.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/uhri/', import.meta.url));
const XLSX = `${FIXTURES}uhri-slovenia.xlsx`;
const CSV = `${FIXTURES}uhri-upr-info.csv`;
const HEADER = 'OHCHR Annotation Id,Text,Document Symbol,Document Publication Date,Date of publication on UHRI,Type,Reccomending Body,Countries Concerned,Regions Concerned,Recommending Regions,Themes,Affected Persons,Sdgs,UPR Session,UPR Reccomending States,UPR Position';
const ROW = '0f8fad5b-d9cb-469f-a165-70867728950e,Prohibit corporal punishment in all settings,- A/HRC/43/15,46078,2026-03-01,- Recommendations,- UPR,- Slovenia,,,"- Children: protection against violence\n- Legal & institutional reform",- children,"- 16.2\n- 5.2",- 34 Session,"- Sweden\n- Estonia",- Supported';
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\r\n'));

describe('UHRI cells', () => {
  it('splits multi-value cells on line breaks and drops the "- " prefix of each value', () => {
    for (const [cell, values] of [['- Sweden\n- Estonia', ['Sweden', 'Estonia']], ['- UPR', ['UPR']], ['Noted', ['Noted']],
      ['- a\r\n- b\r- a', ['a', 'b']], ['', []], ['  \n - \n', []]] as const) assert.deepEqual(splitUhriValues(cell), values, cell);
  });
  it('reads the session number from its label', () => {
    for (const [label, n] of [['- 45 Session', 45], ['45th session', 45], ['Session 7', 7], ['- 1st session', 1], ['- Session', undefined], ['4 5', undefined]] as const) {
      assert.equal(parseSessionLabel(label), n, label);
    }
  });
  it('reads Excel date serials and ISO dates, and nothing else', () => {
    for (const [cell, iso] of [['46078', '2026-02-25'], ['43818', '2019-12-19'], ['2010-03-15', '2010-03-15'], ['2010-03-15T00:00:00.000Z', '2010-03-15'],
      ['15/03/2010', undefined], ['2010-02-30', undefined], ['7', undefined]] as const) assert.equal(parseUhriDate(cell), iso, cell);
  });
  it('recognises XLSX, JSON and CSV from the bytes', () => {
    assert.equal(detectUhriFormat(readFileSync(XLSX)), 'xlsx');
    assert.equal(detectUhriFormat(Buffer.from('\ufeff [{"a":1}]')), 'json');
    assert.equal(detectUhriFormat(csv()), 'csv');
  });
});

describe('readUhriExport', () => {
  it('reads the XLSX fixture: 215 UPR recommendations of Slovenia (33 noted) and 10 other bodies\' texts, multi-values split', async () => {
    const { value, problems, format } = await readUhriExport(readFileSync(XLSX), XLSX);
    assert.deepEqual([format, problems], ['xlsx', []]);
    const upr = value.filter((r) => r.isUpr);
    assert.equal(upr.length, 215);
    assert.equal(upr.filter((r) => r.position === 'noted').length, 33);
    assert.ok(upr.every((r) => r.session === 34 && r.statesConcerned[0]!.iso3 === 'SVN' && r.published === '2019-12-19'));
    const first = upr.find((r) => r.text.startsWith('121.1 '))!;
    assert.deepEqual(first.recommendingStates.map((s) => s.iso3), ['FRA', 'LTU']);
    assert.deepEqual(first.themes, ['Acceptance of international norms', 'Enforced disappearances']);
    const others = value.filter((r) => !r.isUpr);
    assert.deepEqual([...new Set(others.map((r) => r.body))].sort(), ['CAT', 'CEDAW', 'CERD', 'CRC', 'IE on the human right to safe drinking water and sanitation']);
    assert.ok(others.every((r) => r.session === null && r.position === null && r.recommendingStates.length === 0));
    assert.deepEqual(others.find((r) => /Roma girls/.test(r.text))!.affectedPersons, ['girls', 'Roma']);
  });

  it('the XLSX fixture holds every recommendation of the real cycle-3 thematic list, with its position', async (t) => {
    const list = sharedPath(t, 'slovenia', 'cycle3', 'UPR34_Slovenia_Thematic_list_of_Recommendations.docx');
    if (!list) return;
    const real = parseThematicList((await readDocx(list)).html!).value;
    const upr = (await readUhriExport(readFileSync(XLSX), XLSX)).value.filter((r) => r.isUpr);
    assert.deepEqual(upr.map((r) => [r.text, r.position]), real.map((r) => [`${r.paragraph} ${r.text}`, r.response]));
  });

  it('reads the CSV fixture (later header spelling, case and space variants): one annotation per UPR Info text on Slovenia, session 7', async (t) => {
    const { value, problems, format } = await readUhriExport(readFileSync(CSV), CSV);
    assert.deepEqual([format, problems], ['csv', []]);
    assert.ok(value.filter((r) => r.isUpr).every((r) => r.session === 7 && r.symbol === 'A/HRC/14/15'));
    assert.equal(value.filter((r) => !r.isUpr).length, 4);
    const src = sharedPath(t, 'upr-info', 'upr-info-sessions-05-08.csv');
    if (!src) return;
    const rows = parseUprInfoCsv(decodeText(readFileSync(src)).text, src).value.filter((r) => r.stateUnderReview.iso3 === 'SVN' && r.recommendingState);
    assert.equal(value.filter((r) => r.isUpr).length, new Set(rows.map((r) => r.text)).size);
    assert.equal(value.reduce((n, r) => n + r.recommendingStates.length, 0), rows.length, 'every (text, recommending State) row of UPR Info is there once');
  });

  it('reads JSON of the same columns', async () => {
    const cells = Object.fromEntries(HEADER.split(',').map((h, i) => [h, ['0f8fad5b-d9cb-469f-a165-70867728950e', 'Ratify OP3', '', '', '', '- Recommendations', '- CRC', '- Slovenia'][i] ?? '']));
    const { value, problems } = await readUhriExport(Buffer.from(JSON.stringify([cells])), 'x.json');
    assert.deepEqual(problems, []);
    assert.deepEqual(value.map((r) => [r.body, r.isUpr, r.statesConcerned[0]!.iso3]), [['CRC', false, 'SVN']]);
  });

  it('reads a row\'s dates, SDGs, affected persons and recommending States', async () => {
    const { value: [r], problems } = await readUhriExport(csv(ROW), 'x.csv');
    assert.deepEqual(problems, []);
    assert.deepEqual([r!.published, r!.uhriPublished, r!.sdgs, r!.affectedPersons, r!.recommendingStates.map((s) => s.iso3), r!.position],
      ['2026-02-25', '2026-03-01', ['16.2', '5.2'], ['children'], ['SWE', 'EST'], 'supported']);
  });

  // A CSV row is named by the line it starts on (these rows span four lines); an XLSX row by its row number.
  it('names line and column of an unknown State, an unknown UPR position and a bad session, and keeps none of those rows', async () => {
    const bad = [ROW.replace('- Estonia', '- Narnia'), ROW.replace('0f8fad5b', '1f8fad5b').replace('- Supported', '- Supported/Noted'),
      ROW.replace('0f8fad5b', '2f8fad5b').replace('- 34 Session', '- Special session')];
    const { value, problems } = await readUhriExport(csv(...bad), 'x.csv');
    assert.equal(value.length, 0);
    assert.deepEqual(problems.map((p) => [p.line, p.field, p.value]), [
      [2, 'UPR Recommending States', 'Narnia'], [6, 'UPR Position', 'Supported/Noted'], [10, 'UPR Session', '- Special session']]);
    assert.match(problems[1]!.message, /unknown UPR position/);
  });

  it('rejects a repeated annotation id, naming the line of the first', async () => {
    const { problems } = await readUhriExport(csv(ROW, ROW), 'x.csv');
    assert.deepEqual(problems.map((p) => [p.line, p.message]), [[6, 'same annotation as line 2']]);
  });

  it('refuses a spreadsheet that is not a UHRI export, and names the missing columns of one that lacks some', async (t) => {
    await assert.rejects(readUhriExport(Buffer.from('To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session\r\n'), 'u.csv'),
      /u\.csv|not a UHRI export.*"OHCHR Annotation Id"/);
    await assert.rejects(readUhriExport(Buffer.from(HEADER.replace(',UPR Position', '') + '\r\n'), 'x.csv'), /UHRI export lacks the column\(s\) "UPR Position"/);
    const real = sharedPath(t, 'upr-info', 'upr-info-voluntary-pledges.csv');
    if (real) await assert.rejects(readUhriExport(readFileSync(real), real), /not a UHRI export/);
  });
});
