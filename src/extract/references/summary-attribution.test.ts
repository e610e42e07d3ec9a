import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument } from '../../ingest/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { attributeSummary, type SummaryParagraph } from './summary-attribution.js';
import { checkStakeholderSummary } from '../checks/index.js';

const SUMMARIES = [['cycle1', 'g0917008.pdf', 'VARUH'], ['cycle2', 'g1409727.pdf', null], ['cycle3', 'g1924226.pdf', 'HRORS']] as const;

async function summary(t: Parameters<typeof sharedPath>[0], cycle: string, file: string) {
  const path = sharedPath(t, 'slovenia', cycle, file);
  return path ? (await prepareDocument(path)).segmented : undefined;
}

describe("Slovenia's summaries of stakeholders' submissions", () => {
  for (const [cycle, file, nhri] of SUMMARIES) {
    it(`${cycle}: every paragraph names a submitter of the list; the Ombudsman's are the NHRI's`, async (t) => {
      const doc = await summary(t, cycle, file);
      if (!doc) return;
      const a = attributeSummary(doc.paragraphs, doc.footnotes);
      assert.deepEqual(checkStakeholderSummary(a), { ok: true, reasons: [] });
      assert.equal(a.nhri?.key ?? null, nhri);
      const byOmbudsman = a.paragraphs.filter((p) => /^The Ombudsman\b/.test(doc.paragraphs.find((x) => x.number === p.number)!.text));
      if (nhri) assert.ok(byOmbudsman.every((p) => p.primary.some((s) => s.key === nhri)));
    });
  }

  it('cycle 3: a "See also" source is secondary, not the author (para 5: AI, see also JS3 and HRORS)', async (t) => {
    const doc = await summary(t, 'cycle3', 'g1924226.pdf');
    if (!doc) return;
    const p5 = attributeSummary(doc.paragraphs, doc.footnotes).paragraphs.find((p) => p.number === '5')!;
    assert.deepEqual([p5.primary.map((s) => s.key), p5.secondary.map((s) => s.key)], [['AI', 'HRORS'], ['JS3']]);
  });

  it('cycle-4 shape: NHRI section naming the institution in its first paragraph, a two-word short name, "See also" footnotes', async (t) => {
    const doc = await summary(t, 'cycle3', 'g1924226.pdf');
    if (!doc) return;
    // The NHRI's paragraphs move to their own section, cite nothing and call it "the Ombudsman"; the list
    // marks it with the A-status asterisk; Amnesty International becomes "Broken Chalk" everywhere.
    const rename = (s: string) => s.replace(/\bAI\b/g, 'Broken Chalk').replace('Broken Chalk Amnesty International, London, United Kingdom', 'Broken Chalk Broken Chalk, Amsterdam, Netherlands');
    const notes = doc.footnotes.map((f) => ({ number: f.number, text: rename(f.text).replace('HRORS Human Rights Ombudsman', 'HRO* Human Rights Ombudsman').replace(/HRORS/g, 'HRO') }));
    const isNhri = (p: SummaryParagraph) => p.number !== null && /^(The Human Rights Ombudsman of the Republic of Slovenia \(HRORS\)|HRORS) /.test(p.text) && !/ and JS\d/.test(p.text);
    const nhriParas = doc.paragraphs.filter(isNhri).map((p, i) => ({ number: p.number, footnoteRefs: [], text: i === 0
      ? p.text.replace(/^(The Human Rights Ombudsman of the Republic of Slovenia \(HRORS\)|HRORS)/, 'The Human Rights Ombudsman of the Republic of Slovenia (the Ombudsman)')
      : p.text.replace(/^HRORS/, 'The Ombudsman') }));
    assert.ok(nhriParas.length >= 2);
    const rest = doc.paragraphs.filter((p) => !isNhri(p)).map((p) => ({ ...p, text: rename(p.text) }));
    const at = rest.findIndex((p) => /^II\. Information provided by stakeholders/.test(p.text));
    const paragraphs = [...rest.slice(0, at), { number: null, text: 'II. Information provided by the national human rights institution accredited in full compliance with the Paris Principles', footnoteRefs: [] },
      ...nhriParas, { number: null, text: 'III. Information provided by other stakeholders', footnoteRefs: [] }, ...rest.slice(at + 1)];
    const a = attributeSummary(paragraphs, notes);
    assert.deepEqual(checkStakeholderSummary(a), { ok: true, reasons: [] });
    assert.equal(a.nhri?.key, 'HRO');
    for (const p of nhriParas) assert.deepEqual(a.paragraphs.find((x) => x.number === p.number)!.primary.map((s) => s.key), ['HRO']);
    assert.ok(a.submitters.some((s) => s.key === 'Broken Chalk' && s.name === 'Broken Chalk'));
    const p5 = a.paragraphs.find((p) => p.number === '5')!;
    assert.deepEqual([p5.primary.map((s) => s.key), p5.secondary.map((s) => s.key)], [['Broken Chalk', 'HRO'], ['JS3']]);
  });
});
