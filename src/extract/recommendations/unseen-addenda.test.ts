// Addenda in layouts of later cycles, made from Slovenia's real cycle-3 addendum (A/HRC/43/15/Add.1): the
// positions it states in sentences ("The Government accepts the following recommendations 122.1, 122.17-18…")
// rewritten as a table of one row per number, a table of ranges ("122.2-122.10   Noted"), a table with the
// recommendation's text between number and position, and labelled lists ("Supported: 122.1, 122.11-122.12, …").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readPdf } from '../../ingest/index.js';
import { SLOVENIA_CYCLE3_FILES } from '../../../test/support/shared-data.js';
import { parseWorkingGroupReport } from './wg-report.js';
import { attachPositions, expandReferences, parseResponses } from './responses.js';

const REPORT = SLOVENIA_CYCLE3_FILES['A/HRC/43/15']!;
const ADDENDUM = SLOVENIA_CYCLE3_FILES['A/HRC/43/15/Add.1']!;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const written = ([a, b]: [string, string, string]) => (a === b ? a : `${a}-${b}`);

/** Consecutive numbers of one list with the same position, as [first, last, position]. */
function runs(items: [string, string][]): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const [n, r] of items) {
    const last = out.at(-1);
    const [list, k] = n.split('.');
    if (last && last[2] === r && last[1].split('.')[0] === list && Number(last[1].split('.')[1]) + 1 === Number(k)) last[1] = n;
    else out.push([n, n, r]);
  }
  return out;
}

describe('addenda stating positions as labels beside numbers', () => {
  it('expands ranges written in full ("115.1-115.20") or short ("122.17-18", "122.34- 35")', () => {
    assert.deepEqual(expandReferences('115.1-115.20'), Array.from({ length: 20 }, (_, i) => `115.${i + 1}`));
    assert.deepEqual(expandReferences('122.17-18, 122.34- 35'), ['122.17', '122.18', '122.34', '122.35']);
  });

  it('gives every recommendation of Slovenia cycle 3 the position of the real addendum, whatever the layout', async (t) => {
    if (!existsSync(REPORT) || !existsSync(ADDENDUM)) {
      console.error('\n*** SKIPPED: Slovenia cycle-3 report or addendum not found under ../shared/data ***\n');
      return t.skip('SKIPPED: ../shared/data/slovenia not found');
    }
    const report = parseWorkingGroupReport((await readPdf(REPORT)).pages).value;
    const addendum = (await readPdf(ADDENDUM)).pages;
    const numbers = report.map((r) => r.paragraph);
    const pending = new Set(report.filter((r) => r.response === 'pending').map((r) => r.paragraph));
    const positions = (pages: string[]) => new Map(attachPositions(parseResponses(pages).value, numbers, pending).value.map((p) => [p.target, p.response]));
    const truth = positions(addendum);
    assert.equal(truth.size, 160); // 157 pending items; three are split into clauses
    const items = [...new Map(report.filter((r) => truth.has(r.paragraph)).map((r) => [r.paragraph.replace(/[a-z]$/, ''), truth.get(r.paragraph)!])).entries()];
    const textOf = new Map(report.map((r) => [r.paragraph.replace(/[a-z]$/, ''), `${r.text} (${r.recommendingStates.join(', ')})`]));
    const wrap = (s: string) => s.match(/.{1,48}(\s|$)/g)!.map((x) => x.trim());
    const layouts: Record<string, string[]> = {
      'one row per number': ['Recommendation            Position', '', ...items.map(([n, r]) => `${n.padEnd(26)}${cap(r)}`)],
      'rows of ranges': ['Recommendations           Position of Slovenia', ...runs(items).map((x) => `${written(x).padEnd(26)}${cap(x[2])}`)],
      'rows with the recommendation between number and position': ['Recommendation                                                Position',
        ...items.flatMap(([n, r]) => { const w = wrap(textOf.get(n)!); return [`${n.padEnd(10)}${w[0]!.padEnd(52)}${cap(r)}`, ...w.slice(1).map((x) => `          ${x}`), '']; })],
      'labelled lists': [`3.     Supported: ${runs(items).filter((x) => x[2] === 'supported').map(written).join(', ')}.`,
        `4.     Noted recommendations: ${runs(items).filter((x) => x[2] === 'noted').map(written).join(', ')}`],
    };
    for (const [name, lines] of Object.entries(layouts)) {
      const body = lines.map((l) => (l ? `            ${l}` : l)).join('\n');
      assert.deepEqual(positions([addendum[0]!, addendum[1]!.split('\n').slice(0, 12).join('\n'), body]), truth, name);
    }
  });
});
