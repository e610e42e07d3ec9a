// Every document of Slovenia's UPR, cycles 1–3, recognised from its own text (truth read off each file).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDocument } from '../read/read-document.js';
import { recogniseDocument } from './recognise.js';
import { sharedPath } from '../../../test/support/shared-data.js';

type Row = [file: string, symbol: string | null, type: string, state: string | null, session: number | null, language: string | null];

const TRUTH: Row[] = [
  // cycle 1: the files named Slovenia.pdf / Slovenia_Add.pdf hold advance questions (their first line says so)
  ['cycle1/Slovenia.pdf', null, 'advance_questions', 'SVN', null, 'en'],
  ['cycle1/Slovenia_Add.pdf', null, 'advance_questions', 'SVN', null, 'en'],
  ['cycle1/g0916919.pdf', 'A/HRC/WG.6/7/SVN/1', 'national_report', 'SVN', 7, 'en'],
  ['cycle1/g0917008.pdf', 'A/HRC/WG.6/7/SVN/3', 'stakeholder_summary', 'SVN', 7, 'en'],
  ['cycle1/g0917825.pdf', 'A/HRC/WG.6/7/SVN/2/Corr.1', 'un_compilation', 'SVN', 7, 'en'],
  ['cycle1/g1012049.pdf', 'A/HRC/14/15', 'wg_report', 'SVN', 7, 'en'],
  ['cycle1/g1012465.pdf', 'A/HRC/14/15/Add.1', 'wg_report_addendum', 'SVN', 7, 'en'],
  ['cycle1/g1014611.pdf', 'A/HRC/DEC/14/105', 'hrc_decision', 'SVN', 7, 'en'],
  ['cycle1/g1217781.pdf', 'A/HRC/14/37', 'other', null, null, 'en'], // report of the Council on its 14th session
  ['cycle2/AdvancedQuestionsSlovenia.doc', null, 'advance_questions', 'SVN', null, 'en'], // a DOCX named .doc
  ['cycle2/AdvancedQuestionsSloveniaAdd1.doc', null, 'advance_questions', 'SVN', null, 'en'],
  ['cycle2/AdvancedQuestionsSloveniaAdd2.doc', null, 'advance_questions', 'SVN', null, 'en'],
  ['cycle2/AdvancedQuestionsSloveniaAdd3.doc', null, 'advance_questions', 'SVN', null, 'en'],
  ['cycle2/UPR20__Slovenia_ThematicListRecommendations_E.docx', null, 'thematic_list', 'SVN', 20, 'en'],
  ['cycle2/g1409727.pdf', 'A/HRC/WG.6/20/SVN/3', 'stakeholder_summary', 'SVN', 20, 'en'],
  ['cycle2/g1413493.pdf', 'A/HRC/WG.6/20/SVN/1', 'national_report', 'SVN', 20, 'en'],
  ['cycle2/g1414064.pdf', 'A/HRC/WG.6/20/SVN/2', 'un_compilation', 'SVN', 20, 'en'],
  ['cycle2/g1423930.pdf', 'A/HRC/28/15', 'wg_report', 'SVN', 20, 'en'],
  ['cycle2/g1504261.pdf', 'A/HRC/28/15/Add.1', 'wg_report_addendum', 'SVN', 20, 'en'],
  ['cycle2/g1510722.pdf', 'A/HRC/DEC/28/111', 'hrc_decision', 'SVN', 20, 'en'],
  ['cycle2/g1913313.pdf', 'A/HRC/28/2', 'other', null, null, 'en'],
  ['cycle3/Advance_questions_Slovenia_first_batch.doc', null, 'advance_questions', 'SVN', null, 'en'],
  ['cycle3/Advance_questions_to_Slovenia_Add1.doc', null, 'advance_questions', 'SVN', null, 'en'],
  ['cycle3/Advance_questions_to_Slovenia_Add2.doc', null, 'advance_questions', 'SVN', null, 'en'],
  ['cycle3/Letter-OHCHR-HC-Slovenia.pdf', null, 'other', 'SVN', 34, 'en'], // scanned: read by OCR
  ['cycle3/Slovenia_Infographic.pdf', null, 'other', 'SVN', null, 'en'],
  ['cycle3/UPR34_Slovenia_Thematic_list_of_Recommendations.docx', null, 'thematic_list', 'SVN', 34, 'en'],
  ['cycle3/g1923444.pdf', 'A/HRC/WG.6/34/SVN/1', 'national_report', 'SVN', 34, 'en'],
  ['cycle3/g1924226.pdf', 'A/HRC/WG.6/34/SVN/3', 'stakeholder_summary', 'SVN', 34, 'en'],
  ['cycle3/g1925890.pdf', 'A/HRC/WG.6/34/SVN/2', 'un_compilation', 'SVN', 34, 'en'],
  ['cycle3/g1934994.pdf', 'A/HRC/43/15', 'wg_report', 'SVN', 34, 'en'],
  ['cycle3/g2004192.pdf', 'A/HRC/43/15/Add.1', 'wg_report_addendum', 'SVN', 34, 'en'],
  ['cycle3/g2007307.pdf', 'A/HRC/DEC/43/112', 'hrc_decision', 'SVN', 34, 'en'],
  ['cycle3/g2110341.pdf', 'A/HRC/43/2', 'other', null, null, 'en'],
];

const CYCLE: Record<number, number> = { 7: 1, 20: 2, 34: 3 };

describe('recognising every Slovenia document (cycles 1–3)', () => {
  it('finds symbol, type, State, session, cycle and language of each file', async (t) => {
    const dir = sharedPath(t, 'slovenia');
    if (!dir) return;
    const got = [];
    for (const [file] of TRUTH) {
      const { value: r } = recogniseDocument(await readDocument(join(dir, file)));
      got.push([file, r.symbol, r.type, r.stateIso3, r.session, r.language, r.cycle] as const);
    }
    assert.deepEqual(got.map((g) => g.slice(0, 6)), TRUTH);
    for (const [file, , , , session, , cycle] of got) assert.equal(cycle, session === null ? null : CYCLE[session], file);
  });

  it('links the corrigendum to the compilation it corrects', async (t) => {
    const file = sharedPath(t, 'slovenia', 'cycle1', 'g0917825.pdf');
    if (!file) return;
    const { value } = recogniseDocument(await readDocument(file));
    assert.equal(value.corrects, 'A/HRC/WG.6/7/SVN/2');
    assert.equal(value.title, 'Compilation of UN information: Slovenia (corrigendum)');
  });

  it('reports the corrupt cycle-1 compilation as unreadable', async (t) => {
    const file = sharedPath(t, 'slovenia', 'cycle1', 'g0917123.pdf');
    if (!file) return;
    await assert.rejects(readDocument(file), /the PDF is corrupt or damaged and cannot be read/);
  });
});
