import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseUprInfoCsv } from './upr-info-csv.js';
import { decodeText } from './decode-text.js';
import { sharedPath, UPR_INFO_FILES } from '../../test/support/shared-data.js';

const HEADER = 'To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session';

describe('parseUprInfoCsv', () => {
  it('reads bare-CR, LF and CRLF line endings alike', () => {
    const row = 'Slovenia,EEG,EU,"Ban corporal punishment",Sweden,WEOG,EU,Noted,5,Rights of the Child,7';
    for (const nl of ['\r', '\n', '\r\n']) {
      const { value, problems } = parseUprInfoCsv([HEADER, row, row.replace('Sweden', 'Norway')].join(nl) + nl, 'x.csv');
      assert.deepEqual(problems, []);
      assert.equal(value.length, 2);
      assert.equal(value[1]!.recommendingState!.iso3, 'NOR');
      assert.equal(value[1]!.line, 3);
    }
  });

  it('keeps quoted multi-line texts whole and counts lines from where a record starts', () => {
    const text = `${HEADER}\nSlovenia,EEG,EU,"First line\nsecond line",France,WEOG,EU,Accepted,4,"Rights of the Child,Women's rights",7\nSlovenia,EEG,EU,Next,Chile,GRULAC,,Accepted,,General,7\n`;
    const { value, problems } = parseUprInfoCsv(text, 'x.csv');
    assert.deepEqual(problems, []);
    assert.equal(value[0]!.text, 'First line\nsecond line');
    assert.deepEqual(value[0]!.issues, ['Rights of the Child', "Women's rights"]);
    assert.equal(value[1]!.line, 4);
    assert.equal(value[1]!.actionCategory, null);
  });

  it('maps Accepted to supported and Noted to noted', () => {
    const text = `${HEADER}\nChad,Africa,AU,A,Mali,Africa,AU,Accepted,3,General,5\nChad,Africa,AU,B,Mali,Africa,AU,Noted,3,General,5\n`;
    assert.deepEqual(parseUprInfoCsv(text, 'x.csv').value.map((r) => r.response), ['supported', 'noted']);
  });

  it('resolves name variants and HTML-escaped "(Unknown)" recommending States', () => {
    const text = `${HEADER}\nLibyan Arab Jamahiriya,Africa,,A,&#40;Unknown&#41;,&#40;Unknown&#41;,,Accepted,1,Other,9\n`;
    const [row] = parseUprInfoCsv(text, 'x.csv').value;
    assert.equal(row!.stateUnderReview.iso3, 'LBY');
    assert.equal(row!.recommendingState, null);
  });

  it('reports an unknown State name with file, line, field and value', () => {
    const text = `${HEADER}\nSlovenia,EEG,EU,A,France,WEOG,EU,Accepted,4,General,7\nSlovenia,EEG,EU,B,Atlantis,WEOG,EU,Accepted,4,General,7\n`;
    const { value, problems } = parseUprInfoCsv(text, 'bad.csv');
    assert.equal(value.length, 1);
    assert.deepEqual(problems, [{ file: 'bad.csv', line: 3, field: 'From', value: 'Atlantis', message: 'unknown State name' }]);
  });

  it('reports a truncated line as missing fields', () => {
    const text = `${HEADER}\nSlovenia,EEG,EU,A,France,WEOG,EU,Accepted,4,General,7\nSlovenia,EEG,EU,B trunc\n`;
    const { problems } = parseUprInfoCsv(text, 'cut.csv');
    assert.equal(problems.length, 3);
    assert.ok(problems.every((p) => p.line === 3 && p.file === 'cut.csv' && /truncated/.test(p.message)));
    assert.deepEqual(problems.map((p) => p.field), ['From', 'Response', 'Session']);
  });

  it('rejects a file that is not a UPR Info export, naming the missing columns', () => {
    assert.throws(() => parseUprInfoCsv('a,b\n1,2\n', 'other.csv'), /other\.csv|header lacks To, Text, From, Response, Session/);
  });

  it('fails clearly on an unclosed quote', () => {
    assert.throws(() => parseUprInfoCsv(`${HEADER}\nSlovenia,EEG,EU,"never closed,France\n`, 'q.csv'), (e: Error & { details?: { file?: string } }) => e.details?.file === 'q.csv' && /not a readable CSV/.test(e.message));
  });

  it('reads the three real UPR Info exports: 21,355 rows, every State resolved, no problems', (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    let rows = 0;
    for (const f of UPR_INFO_FILES) {
      const { text, encoding } = decodeText(readFileSync(`${dir}/${f}`));
      assert.equal(encoding, 'macintosh', `${f} is 8-bit with bare CR line endings`);
      const { value, problems } = parseUprInfoCsv(text, f);
      assert.deepEqual(problems, [], `${f}: ${JSON.stringify(problems.slice(0, 3))}`);
      rows += value.length;
    }
    assert.equal(rows, 21355);
  });
});
