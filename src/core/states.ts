// Looks up UN States by any of their names (English, French, Spanish, old, formal, UPR Info spellings)
// or by ISO3 code. Pure: the lookup tables are built once from the reference data.
import type { State } from './types.js';
import { STATES } from './reference/states-data.js';
import { decodeEntities } from './entities.js';

/**
 * The key under which a State name is looked up: HTML entities decoded, diacritics stripped, case-folded,
 * `&` read as `and`, apostrophes dropped, other punctuation as spaces, `St`/`St.` read as `Saint`, and the
 * article `the` dropped wherever it stands (`The Gambia`, `Republic of the Congo` = `Republic of Congo`).
 */
export function normaliseStateName(name: string): string {
  const plain = decodeEntities(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ');
  return plain
    .split(' ')
    .filter((w) => w !== '' && w !== 'the')
    .map((w) => (w === 'st' ? 'saint' : w))
    .join(' ');
}

function buildIndex(): { byName: Map<string, State>; byIso3: Map<string, State> } {
  const byName = new Map<string, State>();
  const byIso3 = new Map<string, State>();
  for (const s of STATES) {
    byIso3.set(s.iso3, s);
    for (const n of [s.iso3, s.name, s.shortName, ...s.variants]) {
      const key = normaliseStateName(n);
      const other = byName.get(key);
      // The reference data must not be ambiguous; a test checks this too.
      if (other && other !== s) throw new Error(`State name "${n}" is used by both ${other.iso3} and ${s.iso3}`);
      byName.set(key, s);
    }
  }
  return { byName, byIso3 };
}

const INDEX = buildIndex();

/**
 * The State called `name` in any known spelling or by its ISO3 code, or undefined (`Korea` alone is
 * ambiguous and unknown).
 */
export function resolveState(name: string): State | undefined {
  const key = normaliseStateName(name);
  return INDEX.byName.get(key) ?? withoutQualifier(name, key);
}

/**
 * A State written with its territories or a long form in parentheses: "China (including Hong Kong, China
 * and Macao, China)", "Denmark (including Greenland)", "Gambia (Republic of The)", "Türkiye (Republic of)".
 */
const QUALIFIER = /^(.+?)\s*\((?:including|incl\.|with|and|also|on behalf|republic|kingdom|state|federation|commonwealth|principality|sultanate|grand duchy|islamic|plurinational|bolivarian|federated|democratic|people|the)\b[^()]*\)?\s*$/i;

function withoutQualifier(name: string, key: string): State | undefined {
  const m = name.includes('(') ? QUALIFIER.exec(name.trim()) : null;
  const base = m ? INDEX.byName.get(normaliseStateName(m[1]!)) : undefined;
  if (base) return base;
  const spaces = key.split(' ').length - 1;
  return spaces >= 1 && spaces <= 5 ? WORD_ORDER.get(wordSet(key)) : undefined;
}

/** The words of a name key in alphabetical order without "of": "Islamic Republic Iran" = "Iran (Islamic Republic of)". */
function wordSet(key: string): string {
  return key.split(' ').filter((w) => w !== 'of').sort().join(' ');
}

const WORD_ORDER: Map<string, State> = (() => {
  const out = new Map<string, State>();
  const clash = new Set<string>();
  for (const s of STATES) {
    for (const n of [s.name, s.shortName, ...s.variants]) {
      const k = wordSet(normaliseStateName(n));
      if (out.has(k) && out.get(k) !== s) clash.add(k);
      out.set(k, s);
    }
  }
  for (const k of clash) out.delete(k); // "Guinea Equatorial" is not read as anything ambiguous
  return out;
})();

/** The State with ISO 3166-1 alpha-3 code `iso3` (case-insensitive), or undefined. */
export function stateByIso3(iso3: string): State | undefined {
  return INDEX.byIso3.get(iso3.trim().toUpperCase());
}

/** All 193 UN Member States and the two observer States (Holy See, State of Palestine). */
export function allStates(): readonly State[] {
  return STATES;
}
