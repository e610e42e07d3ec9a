// The French and Spanish paths on the real documents in ../shared/data (skipped loudly when absent).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readPdf } from '../../ingest/index.js';
import { sharedPath } from '../../../test/support/shared-data.js';
import { classifyText } from './classify.js';
import { detectLanguage } from './normalise.js';

/** Bullets (•) of a laid-out PDF page, joined into one line each. */
function bullets(text: string): string[] {
  return text.split('•').slice(1).map((b) => b.replace(/\s+/g, ' ').trim().split(' [Informal translation')[0]!);
}

/** Numbered paragraphs (`14. …`) of a laid-out PDF, by number (first occurrence: recommendations restart at 1). */
function paragraphs(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of text.matchAll(/^\s{0,10}(\d{1,3})\.\s+([\s\S]*?)(?=^\s{0,10}\d{1,3}\.\s|$(?![\s\S]))/gm)) if (!out.has(Number(m[1]))) out.set(Number(m[1]), m[2]!.replace(/\s+/g, ' ').trim());
  return out;
}

describe('classifier on real French and Spanish documents', () => {
  it("reads Argentina's Spanish advance questions to Slovenia (cycle 1) and finds the one about children", async (t) => {
    const file = sharedPath(t, 'slovenia', 'cycle1', 'Slovenia_Add.pdf');
    if (!file) return;
    const spanish = bullets((await readPdf(file)).text).filter((b) => detectLanguage(b) === 'es');
    assert.equal(spanish.length, 5);
    const yes = spanish.filter((b) => classifyText(b).isChildRights);
    assert.equal(yes.length, 2, yes.join('\n'));
    const sale = classifyText(yes.find((b) => b.includes('venta de menores'))!);
    assert.ok(sale.issues.some((i) => i.id === 'trafficking_exploitation'));
    assert.ok(yes.some((b) => b.includes('niñas')), 'Roma women and girls');
    assert.equal(classifyText(spanish.find((b) => b.includes('violencia doméstica'))!).isChildRights, false);
  });

  it("reads the Comoros delegation's French statements (2009 Working Group report)", async (t) => {
    const file = sharedPath(t, 'wg-reports', 'comoros2009.pdf');
    if (!file) return;
    const paras = paragraphs((await readPdf(file)).text);
    const juvenile = classifyText(paras.get(14)!);
    assert.equal(juvenile.language, 'fr');
    assert.equal(juvenile.isChildRights, true);
    assert.ok(juvenile.issues.some((i) => i.id === 'juvenile_justice'));
    const conjugal = classifyText(paras.get(59)!);
    assert.equal(conjugal.language, 'fr');
    assert.equal(conjugal.isChildRights, false, conjugal.evidence.join('; '));
    assert.equal(classifyText(paras.get(60)!).issues.some((i) => i.id === 'child_labour'), true);
  });
});
