import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CHILD_RIGHTS_TAXONOMY, CHILD_RIGHTS_ISSUE_IDS, childRightsIssue, isChildRightsIssueId } from './taxonomy.js';

describe("children's-rights taxonomy", () => {
  it('holds the nine network issues and the ten added ones, each once', () => {
    assert.equal(CHILD_RIGHTS_TAXONOMY.length, 19);
    assert.equal(new Set(CHILD_RIGHTS_ISSUE_IDS).size, 19);
    assert.equal(CHILD_RIGHTS_TAXONOMY.filter((i) => i.network).length, 9);
  });

  it('names every issue in English, French and Spanish, with a definition and inclusion/exclusion notes', () => {
    for (const i of CHILD_RIGHTS_TAXONOMY) {
      for (const lang of ['en', 'fr', 'es'] as const) assert.ok(i.names[lang].trim(), `${i.id} ${lang}`);
      assert.ok(i.definition.length > 40, i.id);
      assert.ok(i.includes && i.excludes, i.id);
      assert.ok(i.uprInfoIssues.length > 0 && i.uhriThemes.length > 0, i.id);
    }
  });

  it('uses the ids the written definition lists, so docs and data agree', () => {
    const doc = readFileSync(new URL('../../docs/child-rights-definition.md', import.meta.url), 'utf8');
    for (const id of CHILD_RIGHTS_ISSUE_IDS) assert.match(doc, new RegExp(`\`${id}\``), id);
  });

  it('looks issues up by id and rejects unknown ids', () => {
    assert.equal(childRightsIssue('corporal_punishment')?.names.fr, 'Châtiments corporels');
    assert.equal(childRightsIssue('minorities'), undefined);
    assert.equal(isChildRightsIssueId('child_marriage'), true);
    assert.equal(isChildRightsIssueId('women'), false);
  });
});
