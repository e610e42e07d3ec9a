// Public face of the advocacy analyses (re-exported by src/analysis/index.ts).
export type { Analysis, AnalysisResult, Cell, Column, ColumnKind, Fact, Linked, Listed, ParagraphCount, ParamDeclaration, Reason, Row, Scope, Table } from './types.js';
export { isLinked, isListed, isParagraphCount, isReasons } from './types.js';
export { ANALYSES, analysisNamed, readParams, hasRequired, runAnalysis } from './registry.js';
export { describeReason } from './reasons.js';
export { plainTable, plainCell, columnHeader, valueLabel } from './plain.js';
export { specialisation } from './focus-matrix.js';
export { POINTS } from './lobbying-targets.js';
export { dice } from './continuity.js';
export { analysisJson } from './json.js';
export { civilSocietyParagraphs, paragraphsHref, type ParagraphQuery } from './civil-society.js';
export type { MapParagraph } from './civil-society-map.js';
