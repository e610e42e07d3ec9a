// A State's name in a report or page language: the display name of the reference data in English, the
// Intl (CLDR) country name in French and Spanish ("Slovénie", "Eslovenia"), except where CLDR departs from
// the UN's names (State of Palestine, Holy See, the two Koreas…): there the UN short name.
import { stateByIso3 } from './states.js';
import { ISO2_BY_ISO3 } from './reference/state-codes.js';

/** UN short names where the CLDR name differs from the UN's (CLDR: "Territoires palestiniens", "Biélorussie"…). */
const UN_NAMES: Record<string, Record<string, string>> = {
  fr: {
    PSE: 'État de Palestine', VAT: 'Saint-Siège', MMR: 'Myanmar', BLR: 'Bélarus', SLV: 'El Salvador', KGZ: 'Kirghizistan',
    KNA: 'Saint-Kitts-et-Nevis', KOR: 'République de Corée', PRK: 'République populaire démocratique de Corée',
  },
  es: {
    PSE: 'Estado de Palestina', VAT: 'Santa Sede', MMR: 'Myanmar', BLR: 'Belarús',
    KOR: 'República de Corea', PRK: 'República Popular Democrática de Corea',
  },
};

const displayNames = new Map<string, Intl.DisplayNames>();

function regionNames(lang: string): Intl.DisplayNames {
  let d = displayNames.get(lang);
  if (!d) {
    d = new Intl.DisplayNames(lang, { type: 'region', fallback: 'none' });
    displayNames.set(lang, d);
  }
  return d;
}

/** The ISO 3166-1 alpha-2 code of a State (`SVN` → `SI`), or undefined. */
export function iso2Of(iso3: string): string | undefined {
  return ISO2_BY_ISO3.get(iso3.trim().toUpperCase());
}

/**
 * The name of the State `iso3` in `lang` (`en`, `fr`, `es`): the short display name in English, the Intl
 * country name otherwise; the English short name, or the code itself, when neither is known.
 */
export function stateName(iso3: string, lang: string): string {
  const state = stateByIso3(iso3);
  const english = state?.shortName ?? iso3;
  if (lang === 'en') return english;
  const code = iso3.trim().toUpperCase();
  const iso2 = iso2Of(code);
  return UN_NAMES[lang]?.[code] ?? ((iso2 && regionNames(lang).of(iso2)) || english);
}
