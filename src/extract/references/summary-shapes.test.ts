// Summaries of stakeholders' submissions in shapes the shared ones do not have, made from Slovenia's real
// cycle-3 summary (A/HRC/WG.6/34/SVN/3) by rewriting it: the NHRI's paragraphs under their own section with
// each wording of its heading, joint submissions whose members are listed with semicolons, and short names
// of several words. Each paragraph must be attributed as in the summary as printed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { prepareDocument, type SegmentedDocument } from '../../ingest/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { attributeSummary, type SummaryParagraph } from './summary-attribution.js';
import { checkStakeholderSummary } from '../checks/index.js';

async function cycle3(t: Parameters<typeof sharedPath>[0]): Promise<SegmentedDocument | undefined> {
  const path = sharedPath(t, 'slovenia', 'cycle3', 'g1924226.pdf');
  return path ? (await prepareDocument(path)).segmented : undefined;
}

type Notes = { number: string; text: string }[];
const keys = (a: ReturnType<typeof attributeSummary>, n: string) => a.paragraphs.find((p) => p.number === n)!.primary.map((s) => s.key);

describe("summaries of stakeholders' submissions rewritten into other shapes are attributed the same", () => {
  const headings = [
    'II. Information provided by the accredited national human rights institution of the State under review in full compliance with the Paris Principles',
    'B. Information provided by the national human rights institution of the State under review accredited in full compliance with the Paris Principles',
    'II. INFORMATION PROVIDED BY THE NATIONAL HUMAN RIGHTS INSTITUTION ACCREDITED IN FULL COMPLIANCE WITH THE PARIS PRINCIPLES',
    'II. Information provided by the national human rights institution accredited with A status in compliance with the Paris Principles',
  ];
  for (const heading of headings) {
    it(`the NHRI's paragraphs under "${heading.slice(0, 70)}…" are the NHRI's, cited or not`, async (t) => {
      const doc = await cycle3(t);
      if (!doc) return;
      const isNhri = (p: SummaryParagraph) => p.number !== null && /^(The Human Rights Ombudsman of the Republic of Slovenia \(HRORS\)|HRORS) /.test(p.text) && !/ and JS\d/.test(p.text);
      // In the NHRI section the paragraphs call it "the Ombudsman" and cite no footnote.
      const nhriParas = doc.paragraphs.filter(isNhri).map((p) => ({ ...p, footnoteRefs: [], text: p.text.replace(/^(The Human Rights Ombudsman of the Republic of Slovenia \(HRORS\)|HRORS)/, 'The Ombudsman') }));
      assert.ok(nhriParas.length >= 2);
      const rest = doc.paragraphs.filter((p) => !isNhri(p));
      const at = rest.findIndex((p) => /^II\. Information provided by stakeholders/.test(p.text));
      const paragraphs = [...rest.slice(0, at), { number: null, text: heading, footnoteRefs: [] }, ...nhriParas,
        { number: null, text: 'III. Information provided by other stakeholders', footnoteRefs: [] }, ...rest.slice(at + 1)];
      const a = attributeSummary(paragraphs, doc.footnotes);
      assert.deepEqual(checkStakeholderSummary(a), { ok: true, reasons: [] });
      assert.equal(a.nhri?.key, 'HRORS');
      for (const p of nhriParas) assert.deepEqual(a.paragraphs.find((x) => x.number === p.number)!.section, 'nhri', p.number!);
      for (const p of nhriParas) assert.deepEqual(keys(a, p.number!), ['HRORS'], p.number!);
    });
  }

  it('joint submissions listing their members with semicolons, places in parentheses', async (t) => {
    const doc = await cycle3(t);
    if (!doc) return;
    const original = attributeSummary(doc.paragraphs, doc.footnotes);
    const members = 'submitted by: Peace Institute, Ljubljana (Slovenia); Institute on Statelessness and Inclusion, Eindhoven (Netherlands); European Network on Statelessness, London (United Kingdom);';
    const notes: Notes = doc.footnotes.map((f) => ({ ...f, text: f.text.replace(/submitted by: The Peace Institute \(Slovenia\), the Institute on Statelessness and Inclusion \(Netherlands\), and the European Network and Statelessness \(United Kingdom\);/, members) }));
    assert.notDeepEqual(notes, doc.footnotes);
    const a = attributeSummary(doc.paragraphs, notes);
    assert.deepEqual(a.submitters.find((s) => s.key === 'JS2')!.members, ['Peace Institute', 'Institute on Statelessness and Inclusion', 'European Network on Statelessness']);
    assert.deepEqual(a.submitters.map((s) => s.key), original.submitters.map((s) => s.key));
    assert.deepEqual(a.paragraphs.map((p) => p.primary.map((s) => s.key)), original.paragraphs.map((p) => p.primary.map((s) => s.key)));
    assert.deepEqual(checkStakeholderSummary(a), { ok: true, reasons: [] });
  });

  const renamed: [string, string][] = [['Save the Children', 'Save the Children International, London, United Kingdom'], ['ADF International', 'ADF International, Geneva, Switzerland'], ['Minority Rights Group', 'Minority Rights Group International, London, United Kingdom']];
  for (const [short, long] of renamed) {
    it(`a short name of several words ("${short}") cited in text and footnotes`, async (t) => {
      const doc = await cycle3(t);
      if (!doc) return;
      const original = attributeSummary(doc.paragraphs, doc.footnotes);
      const rename = (s: string) => s.replace('AI Amnesty International, London, United Kingdom', `${short} ${long}`).replace(/\bAI\b/g, short);
      const notes: Notes = doc.footnotes.map((f) => ({ ...f, text: rename(f.text) }));
      const paragraphs = doc.paragraphs.map((p) => ({ ...p, text: rename(p.text) }));
      const a = attributeSummary(paragraphs, notes);
      const rekey = (k: string) => (k === 'AI' ? short : k);
      assert.deepEqual(a.submitters.map((s) => s.key), original.submitters.map((s) => rekey(s.key)));
      assert.deepEqual(a.paragraphs.map((p) => p.primary.map((s) => s.key)), original.paragraphs.map((p) => p.primary.map((s) => rekey(s.key))));
      assert.deepEqual(checkStakeholderSummary(a), { ok: true, reasons: [] });
    });
  }
});
