// The report's own words in English, French and Spanish (the web's languages). Quoted UN texts stay as written.
import type { ReferenceKind } from './model.js';

export type ReportLanguage = 'en' | 'fr' | 'es';

export interface Labels {
  lang: ReportLanguage;
  title: (state: string, cycle: number) => string;
  stateUnderReview: string; cycle: string; session: string; reviewDate: string; documentsUsed: string; references: string;
  notStored: string; sessionDates: (start: string, end: string) => string;
  contents: string; summary: string; comparison: (cycle: number) => string; method: string; sources: string;
  kinds: Record<ReferenceKind, string>;
  sourceLabel: Record<ReferenceKind, string>;
  documentsCaption: string; symbolOrFile: string; type: string; docTitle: string;
  perDocument: string; document: string; perIssue: string; perIssueCaption: string; issue: string; total: string;
  positions: string; position: string; recommendations: string; supported: string; noted: string; pendingOrUnknown: string;
  gaps: string; gapsIntro: string; gapsNone: string; raisedAgain: string; raisedAgainNone: string; none: string;
  repeated: (n: number) => string; repeatedCaption: (cycle: number, previous: number) => string; para: string; cycleN: (n: number) => string; overlap: string;
  disappeared: string; appeared: string;
  issues: string; wholeParagraph: string; sourceNote: (n: number) => string; back: (n: number) => string;
  nhri: string; noIssue: string; item: string;
  /** CSS content of the printed page footer before the page total. */
  pageCss: string;
  methodText: (classifier: string) => string; noteText: (score: string, evidence: string) => string;
}

const KINDS_EN: Record<ReferenceKind, string> = { national_report: 'National report', un_compilation: 'Compilation of UN information', stakeholder_summary: "Summary of stakeholders' submissions", advance_question: 'Advance questions by States', dialogue: 'Interactive dialogue', recommendation: 'Recommendations' };

const EN: Labels = {
  lang: 'en',
  title: (s, c) => `Children's rights in the Universal Periodic Review of ${s}: cycle ${c}`,
  stateUnderReview: 'State under review', cycle: 'Cycle', session: 'Session', reviewDate: 'Review date', documentsUsed: 'Documents used', references: 'References',
  notStored: 'not stored', sessionDates: (a, b) => `${a} to ${b} (Working Group session)`,
  contents: 'Contents', summary: 'Summary', comparison: (c) => `Comparison with cycle ${c}`, method: 'Method and notes', sources: 'Sources',
  kinds: KINDS_EN,
  sourceLabel: { national_report: 'Written by the State under review', un_compilation: 'UN bodies cited', stakeholder_summary: 'Stakeholders cited', advance_question: 'Asked by', dialogue: 'Statement by', recommendation: 'Recommended by' },
  documentsCaption: 'UN documents of this review read for the report', symbolOrFile: 'Symbol or file', type: 'Type', docTitle: 'Title',
  perDocument: 'References per document', document: 'Document', perIssue: 'References per issue', perIssueCaption: 'References per issue and document', issue: 'Issue', total: 'Total',
  positions: "Children's-rights recommendations", position: 'Position', recommendations: 'Recommendations', supported: 'Supported', noted: 'Noted', pendingOrUnknown: 'Pending or unknown',
  gaps: 'Raised by the UN or stakeholders, absent from the recommendations',
  gapsIntro: "Issues an NGO can lobby on: raised in the compilation of UN information or the summary of stakeholders' submissions, but in no children's-rights recommendation of this cycle.",
  gapsNone: 'None: every issue raised was also recommended.', raisedAgain: 'Recommended last cycle and raised again', raisedAgainNone: 'None, or the previous cycle is not ingested.', none: 'None.',
  repeated: (n) => `Recommendations repeated (${n})`, repeatedCaption: (c, p) => `Children's-rights recommendations of cycle ${c} that repeat one of cycle ${p}`, para: 'Para.', cycleN: (n) => `Cycle ${n}`, overlap: 'Word overlap',
  disappeared: 'Issues that disappeared from the recommendations', appeared: 'Issues new in the recommendations',
  issues: 'Issues', wholeParagraph: 'Whole paragraph', sourceNote: (n) => `source note ${n}`, back: (n) => `back to reference ${n}`,
  nhri: 'National human rights institution', noIssue: 'No specific issue', item: 'item', pageCss: '"Page " counter(page) " of "',
  methodText: (c) => `Every paragraph of the documents listed, every statement of the interactive dialogue, every advance question and every recommendation was read by the children's-rights classifier ${c} and kept when it concerns children's rights. Stakeholders are named from the list of submissions at the end of the summary; UN bodies from the footnotes of the compilation. Where a paragraph mixes topics, the sentences about children are quoted word for word and the whole paragraph is given below them.`,
  noteText: (s, e) => `Classifier score ${s}; evidence: ${e}.`,
};

const FR: Labels = {
  ...EN,
  lang: 'fr',
  title: (s, c) => `Les droits de l'enfant dans l'Examen périodique universel : ${s}, cycle ${c}`,
  stateUnderReview: 'État examiné', cycle: 'Cycle', session: 'Session', reviewDate: "Date de l'examen", documentsUsed: 'Documents utilisés', references: 'Références',
  notStored: 'non enregistrée', sessionDates: (a, b) => `du ${a} au ${b} (session du Groupe de travail)`,
  contents: 'Sommaire', summary: 'Résumé', comparison: (c) => `Comparaison avec le cycle ${c}`, method: 'Méthode et notes', sources: 'Sources',
  kinds: { national_report: 'Rapport national', un_compilation: 'Compilation des informations des Nations Unies', stakeholder_summary: 'Résumé des communications des parties prenantes', advance_question: 'Questions préalables des États', dialogue: 'Dialogue interactif', recommendation: 'Recommandations' },
  sourceLabel: { national_report: "Rédigé par l'État examiné", un_compilation: 'Organes des Nations Unies cités', stakeholder_summary: 'Parties prenantes citées', advance_question: 'Posée par', dialogue: 'Déclaration de', recommendation: 'Recommandée par' },
  documentsCaption: 'Documents des Nations Unies de cet examen lus pour le rapport', symbolOrFile: 'Cote ou fichier', type: 'Type', docTitle: 'Titre',
  perDocument: 'Références par document', document: 'Document', perIssue: 'Références par thème', perIssueCaption: 'Références par thème et par document', issue: 'Thème', total: 'Total',
  positions: "Recommandations relatives aux droits de l'enfant", position: 'Position', recommendations: 'Recommandations', supported: 'Acceptées', noted: 'Notées', pendingOrUnknown: 'En attente ou inconnue',
  gaps: 'Soulevés par les Nations Unies ou les parties prenantes, absents des recommandations',
  gapsIntro: "Thèmes sur lesquels une ONG peut plaider : soulevés dans la compilation ou le résumé des parties prenantes, mais dans aucune recommandation relative aux droits de l'enfant de ce cycle.",
  gapsNone: 'Aucun : chaque thème soulevé a aussi été recommandé.', raisedAgain: 'Recommandés au cycle précédent et soulevés à nouveau', raisedAgainNone: "Aucun, ou le cycle précédent n'est pas intégré.", none: 'Aucun.',
  repeated: (n) => `Recommandations répétées (${n})`, repeatedCaption: (c, p) => `Recommandations du cycle ${c} relatives aux droits de l'enfant qui en répètent une du cycle ${p}`, para: 'Par.', cycleN: (n) => `Cycle ${n}`, overlap: 'Mots communs',
  disappeared: 'Thèmes disparus des recommandations', appeared: 'Thèmes nouveaux dans les recommandations',
  issues: 'Thèmes', wholeParagraph: 'Paragraphe entier', sourceNote: (n) => `note de source ${n}`, back: (n) => `retour à la référence ${n}`,
  nhri: 'Institution nationale des droits de l’homme', noIssue: 'Sans thème précis', item: 'point', pageCss: '"Page " counter(page) " sur "',
  methodText: (c) => `Chaque paragraphe des documents listés, chaque déclaration du dialogue interactif, chaque question préalable et chaque recommandation a été lu par le classificateur des droits de l'enfant ${c} et retenu s'il concerne les droits de l'enfant. Les parties prenantes sont nommées d'après la liste des communications à la fin du résumé ; les organes des Nations Unies d'après les notes de la compilation. Les textes cités restent dans leur langue d'origine.`,
  noteText: (s, e) => `Score du classificateur ${s} ; indices : ${e}.`,
};

const ES: Labels = {
  ...EN,
  lang: 'es',
  title: (s, c) => `Los derechos del niño en el Examen Periódico Universal: ${s}, ciclo ${c}`,
  stateUnderReview: 'Estado examinado', cycle: 'Ciclo', session: 'Período de sesiones', reviewDate: 'Fecha del examen', documentsUsed: 'Documentos utilizados', references: 'Referencias',
  notStored: 'no registrada', sessionDates: (a, b) => `del ${a} al ${b} (período de sesiones del Grupo de Trabajo)`,
  contents: 'Índice', summary: 'Resumen', comparison: (c) => `Comparación con el ciclo ${c}`, method: 'Método y notas', sources: 'Fuentes',
  kinds: { national_report: 'Informe nacional', un_compilation: 'Recopilación de información de las Naciones Unidas', stakeholder_summary: 'Resumen de las comunicaciones de las partes interesadas', advance_question: 'Preguntas formuladas de antemano por los Estados', dialogue: 'Diálogo interactivo', recommendation: 'Recomendaciones' },
  sourceLabel: { national_report: 'Redactado por el Estado examinado', un_compilation: 'Órganos de las Naciones Unidas citados', stakeholder_summary: 'Partes interesadas citadas', advance_question: 'Formulada por', dialogue: 'Declaración de', recommendation: 'Recomendada por' },
  documentsCaption: 'Documentos de las Naciones Unidas de este examen leídos para el informe', symbolOrFile: 'Signatura o archivo', type: 'Tipo', docTitle: 'Título',
  perDocument: 'Referencias por documento', document: 'Documento', perIssue: 'Referencias por tema', perIssueCaption: 'Referencias por tema y documento', issue: 'Tema', total: 'Total',
  positions: 'Recomendaciones sobre los derechos del niño', position: 'Posición', recommendations: 'Recomendaciones', supported: 'Aceptadas', noted: 'Anotadas', pendingOrUnknown: 'Pendiente o desconocida',
  gaps: 'Planteados por las Naciones Unidas o las partes interesadas, ausentes de las recomendaciones',
  gapsIntro: 'Temas sobre los que una ONG puede hacer incidencia: planteados en la recopilación o el resumen de las partes interesadas, pero en ninguna recomendación sobre los derechos del niño de este ciclo.',
  gapsNone: 'Ninguno: cada tema planteado también fue recomendado.', raisedAgain: 'Recomendados en el ciclo anterior y planteados de nuevo', raisedAgainNone: 'Ninguno, o el ciclo anterior no está incorporado.', none: 'Ninguno.',
  repeated: (n) => `Recomendaciones repetidas (${n})`, repeatedCaption: (c, p) => `Recomendaciones del ciclo ${c} sobre los derechos del niño que repiten una del ciclo ${p}`, para: 'Párr.', cycleN: (n) => `Ciclo ${n}`, overlap: 'Palabras comunes',
  disappeared: 'Temas que desaparecieron de las recomendaciones', appeared: 'Temas nuevos en las recomendaciones',
  issues: 'Temas', wholeParagraph: 'Párrafo completo', sourceNote: (n) => `nota de fuente ${n}`, back: (n) => `volver a la referencia ${n}`,
  nhri: 'Institución nacional de derechos humanos', noIssue: 'Sin tema específico', item: 'punto', pageCss: '"Página " counter(page) " de "',
  methodText: (c) => `Cada párrafo de los documentos enumerados, cada declaración del diálogo interactivo, cada pregunta formulada de antemano y cada recomendación fue leída por el clasificador de derechos del niño ${c} y conservada si concierne a los derechos del niño. Las partes interesadas se nombran según la lista de comunicaciones al final del resumen; los órganos de las Naciones Unidas según las notas de la recopilación. Los textos citados se mantienen en su idioma original.`,
  noteText: (s, e) => `Puntuación del clasificador ${s}; indicios: ${e}.`,
};

export const LABELS: Record<ReportLanguage, Labels> = { en: EN, fr: FR, es: ES };

/** Labels for a language tag (`fr`, `es-ES`…); English for any other. */
export function labelsFor(lang: string | undefined): Labels {
  const base = (lang ?? 'en').slice(0, 2).toLowerCase();
  return base === 'fr' || base === 'es' ? LABELS[base] : EN;
}
