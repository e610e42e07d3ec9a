// French lexicon of the children's-rights classifier (patterns on normalised text: lower case, accents folded).
// "minorites" (minorities) is not "mineurs" (minors); "maternel"/"accouchement" alone are not about children.
import type { LanguageLexicon } from './lexicon-types.js';

export const FRENCH: LanguageLexicon = {
  child: [
    "(?:l')?enfants?", 'enfance', 'infantile', 'filles', 'fillettes?', 'jeunes filles', 'garcons?', 'mineur(?:e)?s', 'juveniles?',
    'adolescent(?:e)?s?', 'nourrissons?', 'bebes?', 'nouveau-nes?', "(?:les|des|aux|d'|l') ?eleves", 'orphelin(?:e)?s?', 'orphelinats?', 'ecoles?',
    'scolari[a-z]*', 'scolaires?', 'prescolaire', '(?:enseignement|education) (?:primaire|secondaire|de base|fondamental|prescolaire)',
    "mariages? (?:precoces?|forces?|d'enfants)", 'chatiments? corporels?', 'punitions? corporelles?', 'mutilations? genitales?',
    'excision', 'enregistrement des naissances', 'declaration des naissances', 'mortalite infantile',
    'age (?:minimum )?de (?:la )?responsabilite penale', 'pedopornographie', 'unicef', 'crc', 'tribunal pour mineurs',
  ],
  weak: ['jeunes(?:se)?', 'etudiant(?:e)?s?', 'familles?', 'adoption', 'enseignants?', 'education', 'maternel(?:le)?s?', 'meres?',
    'parents', 'parentale?', 'alphabetisation', 'naissances?', 'planning familial'],
  excluded: ['violences? conjugales?', 'violence domestique', 'violences? (?:a l\'egard|contre) des femmes', 'sante maternelle', 'enseignement superieur', 'universites?'],
  falseFriends: ['accouchements?', 'minorites?'],
  issues: {
    education: ['ecoles?', 'scolari[a-z]*', 'scolaires?', "(?:les|des|aux|d'|l') ?eleves", 'enseignement', 'education', 'pedagogique', 'prescolaire', 'enseignants?'],
    health: ['sante', 'mortalite', 'malnutrition', 'nutrition', 'vaccin[a-z]*', 'vih', 'sida', 'soins'],
    juvenile_justice: ['delinquan[a-z]*', 'en conflit avec la loi', 'tribunal pour mineurs', 'prisons?', 'detenus?', 'detention',
      'responsabilite penale', 'reeducation', 'juvenile'],
    child_labour: ['travail des enfants', 'travaill[a-z]*', 'exploitation economique', 'exploitation des enfants', 'age minimum'],
    corporal_punishment: ['chatiments? corporels?', 'punitions? corporelles?'],
    violence: ['violences?', 'maltraitances?', 'maltrait[a-z]*', 'abus sexuels?', 'agressions? sexuelles?', 'sevices', 'viol', 'negligence'],
    ethnic_minority_children: ['roms?', 'minorites?', 'autochtones?', 'ethniques?'],
    trafficking_exploitation: ['traite', 'trafic', 'vente d\'enfants', 'prostitution', 'pornographi[a-z]*', 'pedopornographie',
      'exploitation sexuelle', 'detournements? de mineurs'],
    armed_conflict: ['conflits? armes?', 'enfants soldats', 'recrutement', 'forces armees', 'groupes armes'],
    birth_registration_nationality: ['enregistrement des naissances', 'declaration des naissances', 'nationalite', 'apatrid[a-z]*', 'etat civil'],
    child_marriage: ['mariages? (?:precoces?|forces?|d\'enfants)', 'mariage'],
    fgm_harmful_practices: ['mutilations? genitales?', 'excision', 'pratiques (?:traditionnelles |culturelles )?prejudiciables', 'pratiques coutumieres'],
    girl_child_discrimination: ['filles', 'fillettes?', "discrimin[a-z]* (?:a l'encontre |a l'egard |contre )?des (?:enfants|filles)", "inegalites? entre la femme, l'enfant"],
    disability: ['handicap[a-z]*', 'besoins (?:educatifs )?particuliers'],
    family_alternative_care: ['abandon[a-z]*', 'orphelin[a-z]*', 'placement', 'familles? d\'accueil', 'garde', 'adoption', 'code de la famille',
      'milieu (?:conjugal|familial)', 'centres? d\'accueil'],
    migrant_refugee_children: ['migrants?', 'refugies?', 'asile', 'non accompagnes?', 'retention', 'deplaces?', 'situation irreguliere'],
    poverty_social_protection: ['pauvrete', 'protection sociale', 'securite sociale', 'allocations?', 'prestations'],
    participation_civil_rights: ['participation', 'opinion de l\'enfant', 'vie privee', 'parlement des enfants', 'liberte d\'expression'],
    general_measures: ['(?:ratifi[a-z]*|mise en oeuvre|appliqu[a-z]*)(?: [a-z0-9\'.,-]+){0,10} (?:protocoles? facultatifs?|convention (?:relative aux|des) droits de l\'enfant)',
      'protocoles? facultatifs?', 'defenseur des enfants', "plan d'action national pour (?:les )?enfants", 'politique nationale pour les enfants',
      'budget', "comite des droits de l'enfant", 'unicef'],
  },
};
