// UN document symbols of the UPR: finding a document's own symbol on its first page and reading what
// the symbol says (type, State, session, corrected document). Pure.
import type { DocumentType } from '../../core/index.js';

export interface SymbolInfo {
  symbol: string;
  /** Type the symbol implies; `wg_report` for A/HRC/<n>/<m> until the title confirms it. */
  type: DocumentType;
  /** ISO3 code in `A/HRC/WG.6/<s>/<ISO>/<n>`. */
  iso3: string | null;
  /** Working Group session in `A/HRC/WG.6/<s>/…`. */
  session: number | null;
  /** Human Rights Council session in `A/HRC/<n>/…` and `A/HRC/DEC/<n>/…`. */
  councilSession: number | null;
  /** For `…/Corr.1` and `…/Rev.1`: the symbol of the document corrected. */
  corrects: string | null;
}

const SYMBOL = /A\s?\/\s?HRC\s?\/\s?(?:WG\.\s?6\s?\/\s?\d{1,2}\s?\/\s?[A-Z]{3}\s?\/\s?\d|WG\.\s?6\s?\/\s?\d{1,2}\s?\/\s?L\.\s?\d+|DEC\s?\/\s?\d{1,2}\s?\/\s?\d{1,3}|\d{1,2}\s?\/\s?\d{1,3}(?:\s?\/\s?Add\.\s?\d+)?)(?:\s?\/\s?(?:Corr|Rev)\.\s?\d+)?/;

/** The first UN symbol of the UPR on the text's first lines (the masthead), spaces removed. */
export function findOwnSymbol(firstPage: string): string | null {
  const head = firstPage.split('\n').slice(0, 25).join('\n');
  const m = SYMBOL.exec(head) ?? SYMBOL.exec(firstPage.slice(0, 3000));
  return m ? m[0].replace(/\s+/g, '') : null;
}

const NATIONAL: Record<string, DocumentType> = { '1': 'national_report', '2': 'un_compilation', '3': 'stakeholder_summary', '4': 'wg_report' };

/** Reads type, State, sessions and corrected symbol from a symbol. */
export function readSymbol(symbol: string): SymbolInfo {
  const fix = /^(.*)\/(Corr|Rev)\.\d+$/.exec(symbol);
  const base = fix ? fix[1]! : symbol;
  const info: SymbolInfo = { symbol, type: 'other', iso3: null, session: null, councilSession: null, corrects: fix ? base : null };
  let m: RegExpExecArray | null;
  if ((m = /^A\/HRC\/WG\.6\/(\d+)\/([A-Z]{3})\/(\d)$/.exec(base))) {
    info.session = Number(m[1]);
    info.iso3 = m[2]!;
    info.type = NATIONAL[m[3]!] ?? 'other';
  } else if ((m = /^A\/HRC\/WG\.6\/(\d+)\/L\.\d+$/.exec(base))) {
    info.session = Number(m[1]);
    info.type = 'wg_report';
  } else if ((m = /^A\/HRC\/DEC\/(\d+)\/\d+$/.exec(base))) {
    info.councilSession = Number(m[1]);
    info.type = 'hrc_decision';
  } else if ((m = /^A\/HRC\/(\d+)\/\d+(\/Add\.\d+)?$/.exec(base))) {
    info.councilSession = Number(m[1]);
    info.type = m[2] ? 'wg_report_addendum' : 'wg_report';
  }
  return info;
}
