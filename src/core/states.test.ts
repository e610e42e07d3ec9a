import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { allStates, normaliseStateName, resolveState, stateByIso3 } from './states.js';
import type { RegionalGroup } from './types.js';
import { sharedPath, UPR_INFO_FILES } from '../../test/support/shared-data.js';

/** Rows of the UPR Info session CSVs (bare-CR lines, Mac Roman bytes). */
function uprInfoRows(dir: string): Record<string, string>[] {
  return UPR_INFO_FILES.flatMap((f) => {
    const text = new TextDecoder('macintosh').decode(readFileSync(join(dir, f)));
    return parse(text, { columns: true, record_delimiter: ['\r', '\n', '\r\n'] }) as Record<string, string>[];
  });
}

describe('allStates', () => {
  it('lists the 193 Member States and the 2 observer States with unique ISO3 codes', () => {
    const states = allStates();
    assert.equal(states.length, 195);
    assert.equal(new Set(states.map((s) => s.iso3)).size, 195);
    assert.ok(states.every((s) => /^[A-Z]{3}$/.test(s.iso3)));
    assert.deepEqual(states.filter((s) => s.status === 'observer').map((s) => s.iso3).sort(), ['PSE', 'VAT']);
  });

  // 54 + 54 + 23 + 33 + 29 = 193 Member States: Asia-Pacific counts Kiribati and Cyprus; WEOG counts
  // Israel, Türkiye and the United States. The observers add Palestine to Asia-Pacific, the Holy See to WEOG.
  const GROUP_COUNTS: [RegionalGroup, number, number][] = [
    ['African', 54, 54],
    ['Asia-Pacific', 54, 55],
    ['Eastern European', 23, 23],
    ['GRULAC', 33, 33],
    ['WEOG', 29, 30],
  ];
  for (const [group, members, all] of GROUP_COUNTS) {
    it(`puts ${members} Member States (${all} with observers) in the ${group} group`, () => {
      const inGroup = allStates().filter((s) => s.group === group);
      assert.equal(inGroup.filter((s) => s.status === 'member').length, members);
      assert.equal(inGroup.length, all);
    });
  }

  const GROUP_OF: [string, RegionalGroup][] = [
    ['ISR', 'WEOG'], ['TUR', 'WEOG'], ['USA', 'WEOG'], ['KIR', 'Asia-Pacific'], ['CYP', 'Asia-Pacific'],
    ['PSE', 'Asia-Pacific'], ['SVN', 'Eastern European'], ['CUB', 'GRULAC'], ['SSD', 'African'],
  ];
  for (const [iso3, group] of GROUP_OF) {
    it(`classes ${iso3} in ${group}`, () => assert.equal(stateByIso3(iso3)?.group, group));
  }

  it('gives no two States the same normalised name or variant', () => {
    const owner = new Map<string, string>();
    for (const s of allStates()) {
      for (const n of [s.iso3, s.name, s.shortName, ...s.variants]) {
        const key = normaliseStateName(n);
        const other = owner.get(key);
        assert.ok(other === undefined || other === s.iso3, `"${n}" → ${key} is both ${other} and ${s.iso3}`);
        owner.set(key, s.iso3);
      }
    }
  });
});

describe('normaliseStateName', () => {
  const CASES: [string, string][] = [
    ['Côte d’Ivoire', 'cote divoire'],
    ["Cote d'Ivoire", 'cote divoire'],
    ['St Kitts & Nevis', 'saint kitts and nevis'],
    ['St. Vincent and the Grenadines', 'saint vincent and grenadines'],
    ['The Gambia', 'gambia'],
    ['  TÜRKIYE ', 'turkiye'],
    ['Guinea-Bissau', 'guinea bissau'],
    ['&#40;Unknown&#41;', 'unknown'],
    ['Trinidad &amp; Tobago', 'trinidad and tobago'],
    ['C&ocirc;te d&#39;Ivoire', 'cote divoire'],
    ['Venezuela (Bolivarian Republic of)', 'venezuela bolivarian republic of'],
  ];
  for (const [input, expected] of CASES) {
    it(`reads ${JSON.stringify(input)} as "${expected}"`, () => assert.equal(normaliseStateName(input), expected));
  }
});

describe('resolveState', () => {
  const CASES: [string, string][] = [
    ['Libyan Arab Jamahiriya', 'LBY'], ['Bolivarian Republic of Venezuela', 'VEN'], ['Venezuela (Bolivarian Republic of)', 'VEN'],
    ["Democratic People's Republic of Korea", 'PRK'], ['DPR Korea', 'PRK'], ["Lao People's Democratic Republic", 'LAO'],
    ['Laos', 'LAO'], ['The former Yugoslav Republic of Macedonia', 'MKD'], ['Macedonia FYR', 'MKD'], ['North Macedonia', 'MKD'],
    ['Republic of Moldova', 'MDA'], ['Moldova', 'MDA'], ['United Republic of Tanzania', 'TZA'], ['Tanzania', 'TZA'],
    ['Syrian Arab Republic', 'SYR'], ['Syria', 'SYR'], ['Russian Federation', 'RUS'], ['Russia', 'RUS'], ['Turkey', 'TUR'],
    ['Türkiye', 'TUR'], ['Czech Republic', 'CZE'], ['Czechia', 'CZE'], ["Cote d'Ivoire", 'CIV'], ['Ivory Coast', 'CIV'],
    ['Cabo Verde', 'CPV'], ['Cape Verde', 'CPV'], ['Swaziland', 'SWZ'], ['Eswatini', 'SWZ'], ['Holy See', 'VAT'], ['Vatican', 'VAT'],
    ['State of Palestine', 'PSE'], ['Palestine', 'PSE'], ['Myanmar', 'MMR'], ['Burma', 'MMR'], ['Brunei', 'BRN'],
    ['Brunei Darussalam', 'BRN'], ['United States of America', 'USA'], ['United States', 'USA'], ['UK', 'GBR'],
    ['Great Britain', 'GBR'], ['United Kingdom of Great Britain and Northern Ireland', 'GBR'], ['Republic of Korea', 'KOR'],
    ['South Korea', 'KOR'], ['Micronesia (Federated States of)', 'FSM'], ['Micronesia', 'FSM'], ['Gambia', 'GMB'],
    ['The Gambia', 'GMB'], ['Bahamas', 'BHS'], ['The Bahamas', 'BHS'], ['Netherlands (Kingdom of the)', 'NLD'],
    ['the Netherlands', 'NLD'], ['Timor-Leste', 'TLS'], ['East Timor', 'TLS'], ['Iran (Islamic Republic of)', 'IRN'],
    ['Bolivia (Plurinational State of)', 'BOL'], ['Antigua & Barbuda', 'ATG'], ['Guinea Bissau', 'GNB'], ['Guinea', 'GIN'],
    ['Equatorial Guinea', 'GNQ'], ['Republic of Congo', 'COG'], ['Democratic Republic of Congo', 'COD'],
    ['Democratic Republic of the Congo', 'COD'], ['Niger', 'NER'], ['the Niger', 'NER'], ['Nigeria', 'NGA'], ['Dominica', 'DMA'],
    ['Dominican Republic', 'DOM'], ['Sudan', 'SDN'], ['the Sudan', 'SDN'], ['South Sudan', 'SSD'], ['St Kitts & Nevis', 'KNA'],
    ['Sao Tome & Principe', 'STP'], ['Viet Nam', 'VNM'], ['Vietnam', 'VNM'], ['Slovénie', 'SVN'], ['Eslovenia', 'SVN'],
    ['Royaume-Uni', 'GBR'], ['Estados Unidos de América', 'USA'], ['Allemagne', 'DEU'], ['Alemania', 'DEU'],
    ["Iran (République islamique d')", 'IRN'], ['República Bolivariana de Venezuela', 'VEN'], ['Guinée équatoriale', 'GNQ'],
    ['République démocratique du Congo', 'COD'], ['Sainte-Lucie', 'LCA'], ['San Vicente y las Granadinas', 'VCT'],
    ['Côte d&#39;Ivoire', 'CIV'], ['slovenia', 'SVN'], ['SVN', 'SVN'], ['gbr', 'GBR'],
  ];
  for (const [name, iso3] of CASES) {
    it(`resolves "${name}" to ${iso3}`, () => assert.equal(resolveState(name)?.iso3, iso3));
  }

  // Long forms, territories, former names and print accidents met in Working Group reports (issue 10).
  const WRITTEN: [string, string][] = [
    ['China (including Hong Kong, China and Macao, China)', 'CHN'], ['China (including Hong Kong, China and', 'CHN'],
    ['Denmark (including Greenland and the Faroe Islands)', 'DNK'], ['Bolivia (Plurinational State of)', 'BOL'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'], ['the former Yugoslav Republic of Macedonia', 'MKD'],
    ['North Macedonia', 'MKD'], ['Türkiye', 'TUR'], ['Türkiye (Republic of)', 'TUR'], ['Cote d’Ivoire', 'CIV'], ['Holy See', 'VAT'],
    ['State of Palestine', 'PSE'], ['Gambia (Republic of The)', 'GMB'], ['Islamic Republic Iran', 'IRN'], ['Netherlands (Kingdom of the)', 'NLD'],
  ];
  for (const [name, iso3] of WRITTEN) {
    it(`resolves the written form "${name}" to ${iso3}`, () => assert.equal(resolveState(name)?.iso3, iso3));
  }
  it('does not read a qualifier that is not a State form ("Chile (Optional Protocol)") or an unknown pair of words', () => {
    assert.equal(resolveState('Chile (Optional Protocol)'), undefined);
    assert.equal(resolveState('Republic Atlantis'), undefined);
  });

  // `Congo` alone is the UN short name of the Republic of the Congo; `Korea` alone names no one State.
  const DOCUMENTED: [string, string | undefined][] = [
    ['Congo', 'COG'], ['the Congo', 'COG'], ['Korea', undefined], ['Guinée', 'GIN'], ['&#40;Unknown&#41;', undefined],
    ['Unknown', undefined], ['', undefined], ['Atlantis', undefined],
  ];
  for (const [name, iso3] of DOCUMENTED) {
    it(`resolves the fragment ${JSON.stringify(name)} to ${iso3 ?? 'nothing'}`, () => assert.equal(resolveState(name)?.iso3, iso3));
  }

  it('resolves every State by its own name, display name and ISO3 code', () => {
    for (const s of allStates()) {
      assert.equal(resolveState(s.iso3), s);
      assert.equal(resolveState(s.name), s);
      assert.equal(resolveState(s.shortName), s);
      assert.equal(stateByIso3(s.iso3.toLowerCase()), s);
    }
  });

  it('resolves every To and From name of the UPR Info session CSVs except "(Unknown)"', (t) => {
    const dir = sharedPath(t, 'upr-info');
    if (!dir) return;
    const names = new Set(uprInfoRows(dir).flatMap((r) => [r.To!, r.From!]));
    assert.equal(names.size, 196);
    assert.ok(names.has('&#40;Unknown&#41;'));
    const unresolved = [...names].filter((n) => n !== '&#40;Unknown&#41;' && !resolveState(n));
    assert.deepEqual(unresolved, []);
    assert.equal(resolveState('&#40;Unknown&#41;'), undefined);
  });
});
