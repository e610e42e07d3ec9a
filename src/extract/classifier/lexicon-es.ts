// Spanish lexicon of the children's-rights classifier (patterns on normalised text: lower case, accents folded, ñ → n).
// "minorias" (minorities) is not "menores" (minors); "materno"/"parto" alone are not about children.
import type { LanguageLexicon } from './lexicon-types.js';

export const SPANISH: LanguageLexicon = {
  child: [
    'ninos?', 'ninas?', 'ninez', 'infancia', 'infantil(?:es)?', 'menores', 'menor de edad', 'adolescen(?:tes?|cia)', 'bebes?',
    'recien nacid(?:o|a)s?', 'lactantes?', 'huerfan(?:o|a)s?', 'orfanatos?', 'alumn(?:o|a)s?', 'escuelas?', 'escolar(?:es|idad|izacion)?',
    'educacion (?:primaria|secundaria|basica|preescolar|inicial)', 'matrimonios? (?:infantil(?:es)?|precoz|precoces|forzados?)',
    'castigos? corporal(?:es)?', 'mutilacion(?:es)? genital(?:es)?', '(?:registro|inscripcion) de (?:los )?nacimientos',
    'mortalidad infantil', 'edad (?:minima )?de responsabilidad penal', 'justicia (?:penal )?juvenil', 'unicef', 'crc',
  ],
  weak: ['jovenes', 'juventud', 'estudiantes?', 'familias?', 'adopcion', 'maestr(?:o|a)s?', 'docentes?', 'educacion', 'maternas?',
    'maternos?', 'madres?', 'padres', 'alfabetizacion', 'nacimientos?'],
  excluded: ['violencia domestica', 'violencia contra la mujer', 'salud materna', 'educacion superior', 'universidad(?:es)?'],
  falseFriends: ['partos?', 'minorias?'],
  issues: {
    education: ['escuelas?', 'escolar[a-z]*', 'alumn(?:o|a)s?', 'educacion', 'ensenanza', 'docentes?', 'maestr(?:o|a)s?'],
    health: ['salud', 'mortalidad', 'desnutricion', 'nutricion', 'vacuna[a-z]*', 'vih', 'sida'],
    juvenile_justice: ['justicia (?:penal )?juvenil', 'responsabilidad penal', 'conflicto con la ley', 'privados? de libertad', 'detencion',
      'carceles?', 'prision'],
    child_labour: ['trabajo infantil', 'explotacion (?:laboral|economica)', 'edad minima'],
    corporal_punishment: ['castigos? corporal(?:es)?', 'castigo fisico'],
    violence: ['violencia', 'abusos?', 'maltrato', 'descuido', 'acoso'],
    ethnic_minority_children: ['romani', 'gitan(?:o|a)s?', 'indigenas?', 'etnia', 'etnic(?:o|a)s?', 'minorias?', 'afrodescendientes?'],
    trafficking_exploitation: ['trata', 'trafico', 'venta de (?:menores|ninos)', 'prostitucion', 'pornografia', 'explotacion sexual'],
    armed_conflict: ['conflictos? armados?', 'ninos soldados', 'reclutamiento', 'fuerzas armadas', 'grupos armados'],
    birth_registration_nationality: ['(?:registro|inscripcion) de (?:los )?nacimientos', 'nacionalidad', 'apatrid[a-z]*', 'registro civil'],
    child_marriage: ['matrimonios? (?:infantil(?:es)?|precoz|precoces|forzados?)', 'matrimonio'],
    fgm_harmful_practices: ['mutilacion(?:es)? genital(?:es)?', 'practicas (?:tradicionales )?nocivas', 'practicas perjudiciales'],
    girl_child_discrimination: ['ninas', 'discrimina[a-z]* (?:contra|de) (?:los |las )?(?:ninos|ninas)'],
    disability: ['discapacidad(?:es)?', 'necesidades especiales'],
    family_alternative_care: ['cuidado alternativo', 'acogimiento', 'adopcion', 'huerfan[a-z]*', 'orfanatos?', 'institucionaliza[a-z]*',
      'ninos de la calle', 'situacion de calle', 'entorno familiar', 'custodia', 'familias?'],
    migrant_refugee_children: ['migrantes?', 'refugiad(?:o|a)s?', 'asilo', 'no acompanad(?:o|a)s?', 'desplazad(?:o|a)s?'],
    poverty_social_protection: ['pobreza', 'proteccion social', 'seguridad social', 'vulnerabilidad', 'prestaciones'],
    participation_civil_rights: ['participacion', 'opinion del nino', 'derecho a ser escuchado', 'privacidad', 'libertad de expresion'],
    general_measures: ['convencion sobre los derechos del nino', 'protocolos? facultativos?', 'ratifica[a-z]*', 'reservas?', 'defensor[a-z]* del nino',
      'plan (?:nacional|especifico)', 'estrategia nacional', 'presupuesto', 'recursos financieros', 'comite de los derechos del nino', 'unicef',
      'ley de proteccion integral'],
  },
};
