// The engagement plan as DOCX and Markdown, read back: Slovenia's plan (UHRI fixtures) in English and French
// carries the timeline and checklist headings, every stage and item in that language, and the explorer links.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import type { Db } from '../store/index.js';
import { localeFor, type Lang } from '../core/index.js';
import { engagementPlan, planDocument } from '../analysis/index.js';
import { uhriSloveniaStore } from '../../test/support/uhri-slovenia-store.js';
import { renderPlanDocx } from './plan-docx.js';
import { renderPlanMarkdown } from './plan-markdown.js';

/** The text of a DOCX's body, paragraphs on their own lines. */
async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('engagement plan as DOCX and Markdown', () => {
  let db: Db;
  before(async () => { db = await uhriSloveniaStore(); });
  after(() => db.close());

  const expected: Record<'en' | 'fr', string[]> = {
    en: ['Engagement plan: Slovenia', 'Timeline', 'Checklist', "Now: choose issues and partners", "Stakeholders' submission", 'Pre-session and lobbying',
      'Review by the Working Group', 'Adoption of the outcome at the Human Rights Council', 'Follow-up and mid-term report'],
    fr: ["Plan d'engagement : Slovénie", 'Calendrier', 'Liste de contrôle', 'Maintenant : choisir les questions et les partenaires', 'Contribution des parties prenantes',
      'Pré-session et plaidoyer', 'Examen par le Groupe de travail', "Adoption du document final au Conseil des droits de l'homme", 'Suivi et rapport à mi-parcours'],
  };

  for (const lang of ['en', 'fr'] as const satisfies readonly Lang[]) {
    it(`writes a Word document in ${lang} with the checklist headings and items of that language`, async () => {
      const doc = planDocument(localeFor(lang), engagementPlan(db, 'SVN', '2026-12-02'));
      const text = await docxText(await renderPlanDocx(doc, lang, 'https://upr.example.org'));
      for (const heading of expected[lang]) assert.ok(text.includes(heading), `${lang} DOCX holds "${heading}"`);
      const items = doc.stages.flatMap((s) => s.items);
      assert.equal(items.length, 18);
      for (const i of items) assert.ok(text.includes(`☐ ${i.text}`), `item ${i.id}`);
      assert.ok(text.includes('https://upr.example.org/analyses/crc-gap?state=SVN'));
      assert.ok(text.includes(lang === 'fr' ? 'Mariage d’enfants, précoce et forcé' : 'Child, early and forced marriage'));
    });
  }

  it('writes the same plan as Markdown, checklist items as task boxes', () => {
    const md = renderPlanMarkdown(planDocument(localeFor('es'), engagementPlan(db, 'SVN', '2026-12-02')));
    assert.match(md, /^# Plan de participación: Eslovenia\n/);
    assert.equal((md.match(/^- \[ \] /gm) ?? []).length, 18);
    assert.match(md, /\| Contribución de las partes interesadas \| 11 de junio de 2029 \(proyectado, estimado\) \|/);
  });
});
