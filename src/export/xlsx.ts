// XLSX written as a stream: a minimal SpreadsheetML package (one worksheet of inline strings and numbers, a
// bold frozen header, a hyperlink per record) zipped by zip.ts as the rows arrive, page by page. exceljs'
// "streaming" WorkbookWriter keeps the whole sheet and then the whole archive in memory (JSZip), so it is
// used only to read the result back in tests. Memory held: one page of rows plus each record's link.
import { zipStream } from './zip.js';
import { FLAT_COLUMNS, type FlatRow } from './records.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** Excel refuses longer cells. */
const MAX_CELL = 32767;

const CONTENT_TYPES_XML = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
  + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
  + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';
const ROOT_RELS = `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Recommendations" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`
  + `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
/** Styles: 0 normal, 1 bold (header), 2 blue underlined (links). */
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>`
  + '<font><b/><sz val="11"/><name val="Calibri"/></font><font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const LETTERS = FLAT_COLUMNS.map((_, i) => (i < 26 ? '' : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26)));
const URL_COLUMN = FLAT_COLUMNS.indexOf('url');
const WIDTHS = FLAT_COLUMNS.map((c) => (c === 'text' ? 80 : c === 'url' ? 40 : 18));

/** Text as XML character data: markup escaped, characters XML cannot carry dropped, cut at Excel's cell limit. */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').slice(0, MAX_CELL);
  return clean.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function cell(ref: string, v: string | number | null, style = 0): string {
  if (v === null || v === '') return '';
  const s = style ? ` s="${style}"` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

/** The worksheet: header, then one row per record as each page arrives; `links` gets each row's URL. */
async function* sheet(pages: AsyncIterable<FlatRow[]>, links: string[]): AsyncGenerator<Uint8Array> {
  const cols = WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const header = FLAT_COLUMNS.map((c, i) => cell(`${LETTERS[i]}1`, c, 1)).join('');
  yield Buffer.from(`${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0">`
    + '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    + `<cols>${cols}</cols><sheetData><row r="1">${header}</row>`);
  let r = 1;
  for await (const page of pages) {
    let xml = '';
    for (const row of page) {
      r++;
      const values = Object.values(row);
      const url = values[URL_COLUMN];
      if (typeof url === 'string' && url) links[r] = url;
      xml += `<row r="${r}">${values.map((v, i) => cell(`${LETTERS[i]}${r}`, v, i === URL_COLUMN ? 2 : 0)).join('')}</row>`;
    }
    yield Buffer.from(xml);
  }
  let tail = '</sheetData>';
  if (links.length) {
    const parts: string[] = [];
    links.forEach((_, row) => parts.push(`<hyperlink ref="${LETTERS[URL_COLUMN]}${row}" r:id="rId${row}"/>`));
    tail += `<hyperlinks>${parts.join('')}</hyperlinks>`;
  }
  yield Buffer.from(`${tail}</worksheet>`);
}

async function* sheetRels(links: string[]): AsyncGenerator<Uint8Array> {
  const parts: string[] = [];
  links.forEach((url, row) => parts.push(`<Relationship Id="rId${row}" Type="${REL}/hyperlink" Target="${xmlText(url)}" TargetMode="External"/>`));
  yield Buffer.from(`${HEAD}<Relationships xmlns="${PKG_REL}">${parts.join('')}</Relationships>`);
}

const fixed = (text: string) => async function* (): AsyncGenerator<Uint8Array> {
  yield Buffer.from(text);
};

/** The bytes of an XLSX workbook of `pages` (flat rows, FLAT_COLUMNS order), as they are produced. */
export function xlsxStream(pages: AsyncIterable<FlatRow[]>): AsyncGenerator<Uint8Array> {
  const links: string[] = [];
  return zipStream([
    { name: '[Content_Types].xml', data: fixed(CONTENT_TYPES_XML) },
    { name: '_rels/.rels', data: fixed(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: fixed(WORKBOOK) },
    { name: 'xl/_rels/workbook.xml.rels', data: fixed(WORKBOOK_RELS) },
    { name: 'xl/styles.xml', data: fixed(STYLES) },
    { name: 'xl/worksheets/sheet1.xml', data: () => sheet(pages, links) },
    // After the sheet: it lists the links the sheet met.
    { name: 'xl/worksheets/_rels/sheet1.xml.rels', data: () => sheetRels(links) },
  ]);
}
