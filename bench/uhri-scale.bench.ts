// The whole UN record (issue 12, part 5): a 300,000-row UHRI-shaped CSV generated from the real UPR Info
// records (ids, sessions, States and wording varied; 4 rows in 5 UPR, 1 in 5 treaty bodies and special
// procedures), written to a temp folder (never committed), imported into a fresh store, then served.
// Targets: import < 60 s; search + facets p95 < 50 ms; statistics p95 < 100 ms; State page p95 < 100 ms;
// server memory < 1 GiB. The serving figures come from a child process that only opens the store and
// serves it (UHRI_SCALE_SERVE=path), so its memory is the server's and not the generator's.
import { existsSync, readFileSync, rmSync, mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openStore, importUhriRows, countRecommendations } from '../src/store/index.js';
import { parseUprInfoCsv, decodeText, readUhriExport, type UprInfoRow } from '../src/ingest/index.js';
import { classifyUnRecommendations } from '../src/pipeline/index.js';
import { createApp } from '../src/web/index.js';
import ExcelJS from 'exceljs';
import { latencySummary, percentile, timeMs } from './stats.js';

const DIR = resolve('../shared/data/upr-info');
const FILES = ['upr-info-sessions-01-04.csv', 'upr-info-sessions-05-08.csv', 'upr-info-sessions-09-12.csv', 'upr-info-sessions-13-16.csv'];
const ROWS = Number(process.env.UHRI_SCALE_ROWS ?? 300_000);
const HEADER = ['OHCHR Annotation Id', 'Text', 'Document Symbol', 'Document Publication Date', 'Date of publication on UHRI', 'Type', 'Reccomending Body',
  'Countries Concerned', 'Regions Concerned', 'Recommending Regions', 'Themes', 'Affected Persons', 'Sdgs', 'UPR Session', 'UPR Reccomending States', 'UPR Position'];
const BODIES = ['CRC', 'CRC', 'CRC-OP-SC', 'CEDAW', 'CERD', 'CAT', 'CCPR', 'CESCR', 'CRPD', 'SR on the sale and sexual exploitation of children', 'WG on Arbitrary Detention', 'IE on sexual orientation and gender identity'];
const PREFIXES = ['', 'Urgently, ', 'As a matter of priority, ', 'In consultation with civil society, ', 'With international assistance, ',
  'Within the next review period, ', 'In line with its obligations, ', 'At the national and local levels, ', 'Through legislation and policy, ', 'Step by step, '];
const QUERIES = ['', 'child*', '"corporal punishment"', 'education', 'torture', 'women AND violence', 'trafficking', 'death penalty',
  '"birth registration"', 'juvenile', 'marriage OR "early marriage"', 'disabilit*', 'migrant*', 'police NOT training', 'roma'];
const FILTERS = ['', 'response=noted', 'session=7', 'cycle=2', 'issue=Rights+of+the+Child', 'by=FRA', 'state=SVN', 'group=WEOG',
  'response=supported&by=BRA', 'origin=uhri', 'sort=-session', 'size=50', 'page=3'];
const STATES = ['SVN', 'FRA', 'BRA', 'CHN', 'USA', 'NGA', 'IND', 'MEX', 'NOR', 'TCD', 'FJI', 'CAN', 'EGY', 'ZAF', 'DEU'];

const cell = (v: string | number) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
const uuid = (n: number) => createHash('md5').update(`uhri-bench-${n}`).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
const serial = (year: number, day: number) => Math.round((Date.UTC(year, 0, 1) - Date.UTC(1899, 11, 30)) / 86_400_000) + day;

/** The cells of a UHRI-shaped row from UPR Info row `r`, copy `k` (the n-th generated row). */
function cells(r: UprInfoRow, k: number, n: number): (string | number)[] {
  const session = ((r.session - 1 + 12 * k) % 54) + 1;
  const text = PREFIXES[k % PREFIXES.length] + r.text;
  const themes = r.issues.map((i) => `- ${i}`).join('\n');
  if (n % 5 === 4) {
    const body = BODIES[n % BODIES.length]!;
    return [uuid(n), text, `- ${body.split(' ')[0]}/C/${r.stateUnderReview.iso3}/CO/${1 + (k % 6)}`, serial(2008 + (k % 17), n % 300), '', n % 3 ? '- Recommendations' : '- Concerns/Observations',
      `- ${body}`, `- ${r.stateUnderReview.name}`, '', '', themes, n % 2 ? '- children' : '- women & girls', '- 16.2', '', '', ''];
  }
  return [uuid(n), text, `- A/HRC/${session}/1`, serial(2008 + Math.floor(session / 3.5), n % 300), '', '- Recommendations', '- UPR', `- ${r.stateUnderReview.name}`, '', '',
    themes, '', '', `- ${session} Session`, r.recommendingState ? `- ${r.recommendingState.name}` : '', r.response === 'noted' ? '- Noted' : '- Supported'];
}

const sourceRows = () => FILES.flatMap((f) => parseUprInfoCsv(decodeText(readFileSync(join(DIR, f))).text, f).value).filter((r) => r.kind === 'recommendation');

export function generate(path: string): void {
  const rows = sourceRows();
  const out: string[] = [HEADER.map(cell).join(',')];
  for (let n = 0; n < ROWS; n++) out.push(cells(rows[n % rows.length]!, Math.floor(n / rows.length), n).map(cell).join(','));
  writeFileSync(path, out.join('\r\n') + '\r\n');
}

/** The same rows as an XLSX workbook (first sheet, as UHRI's download), written as a stream; dates as Excel serials. */
export async function generateXlsx(path: string): Promise<void> {
  const rows = sourceRows();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Export');
  ws.addRow(HEADER).commit();
  for (let n = 0; n < ROWS; n++) ws.addRow(cells(rows[n % rows.length]!, Math.floor(n / rows.length), n)).commit();
  await wb.commit();
}

/** Imports the generated XLSX into a fresh store: read + check (streamed) and store, wall and CPU time. */
async function importXlsx(tmp: string): Promise<{ wallMs: number; cpuMs: number; readMs: number; rows: number; sizeBytes: number }> {
  const path = join(tmp, 'uhri-300k.xlsx');
  await generateXlsx(path);
  const db = openStore(join(tmp, 'xlsx.db'));
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const bytes = readFileSync(path);
  const parsed = await readUhriExport(bytes, path);
  const readMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (parsed.problems.length) throw new Error(`generated XLSX has problems: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
  importUhriRows(db, { kind: 'uhri', path, fileName: 'uhri-300k.xlsx', sha256: 'xlsx', sizeBytes: bytes.length }, parsed.value);
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const used = process.cpuUsage(c0);
  db.close();
  rmSync(join(tmp, 'xlsx.db'), { force: true });
  return { wallMs, cpuMs: (used.user + used.system) / 1000, readMs, rows: parsed.value.length, sizeBytes: bytes.length };
}

/** The serving half, run in a child process: open the store, serve it through the app, print figures as JSON. */
export async function serve(dbPath: string): Promise<void> {
  const db = openStore(dbPath, { mode: 'read' });
  const app = createApp(db);
  const t0 = process.hrtime.bigint();
  await (await app.request('/')).text();
  const firstMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu: Record<'search' | 'stats' | 'state', number[]> = { search: [], stats: [], state: [] };
  let kind: keyof typeof cpu = 'search';
  /** Wall time of one request; its CPU time (what it costs without the other processes of a shared machine) goes to `cpu`. */
  const time = async (url: string) => {
    const s = process.hrtime.bigint();
    const c = process.cpuUsage();
    const res = await app.request(url);
    await res.text();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    const used = process.cpuUsage(c);
    cpu[kind].push((used.user + used.system) / 1000);
    return Number(process.hrtime.bigint() - s) / 1e6;
  };
  const search: number[] = [], stats: number[] = [], state: number[] = [];
  for (let i = 0; i < 300; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    const f = FILTERS[Math.floor(i / QUERIES.length) % FILTERS.length]!;
    search.push(await time(`/?${[q ? `q=${encodeURIComponent(q)}` : '', f].filter(Boolean).join('&')}`));
  }
  kind = 'stats';
  for (let i = 0; i < 60; i++) {
    const q = QUERIES[i % QUERIES.length]!;
    stats.push(await time(`/stats?${q ? `q=${encodeURIComponent(q)}&` : ''}${FILTERS[(i * 7) % FILTERS.length]}`));
  }
  kind = 'state';
  for (let i = 0; i < 60; i++) state.push(await time(`/states/${STATES[i % STATES.length]}`));
  const mem = process.memoryUsage();
  console.log(JSON.stringify({ firstMs, search, stats, state, cpu, rss: mem.rss, maxRss: process.resourceUsage().maxRSS * 1024, heap: mem.heapUsed }));
  db.close();
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED');
const s1 = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One target of issue 12 section 5, with its wall figure and (where it has one) its CPU figure. */
interface Target { what: string; target: string; wall: string; wallMet: boolean; cpu?: string; cpuMet?: boolean }

export default async function bench(): Promise<void> {
  if (!FILES.every((f) => existsSync(join(DIR, f)))) {
    console.log(`SKIPPED: ${DIR} not found`);
    return;
  }
  console.log(`machine: ${cpus().length} cores, ${loadavg().map((x) => x.toFixed(2)).join(' ')} load average (1/5/15 min) at start`);
  const tmp = mkdtempSync(join(tmpdir(), 'upr-uhri-bench-'));
  try {
    const csv = join(tmp, 'uhri-300k.csv');
    const [, genMs] = timeMs(() => generate(csv));
    console.log(`generated ${ROWS.toLocaleString('en')} UHRI-shaped rows (${mb(statSync(csv).size)} CSV) in ${(genMs / 1000).toFixed(1)} s (not part of the import)`);
    const dbPath = join(tmp, 'uhri.db');
    const db = openStore(dbPath);
    const started = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const bytes = readFileSync(csv);
    const parsed = await readUhriExport(bytes, csv);
    const readMs = Number(process.hrtime.bigint() - started) / 1e6;
    if (parsed.problems.length) throw new Error(`generated file has problems: ${JSON.stringify(parsed.problems.slice(0, 3))}`);
    const [result, storeMs] = timeMs(() => importUhriRows(db, { kind: 'uhri', path: csv, fileName: 'uhri-300k.csv', sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length }, parsed.value));
    const importMs = readMs + storeMs;
    const importCpu = process.cpuUsage(cpu0);
    const targets: Target[] = [];
    const importCpuMs = (importCpu.user + importCpu.system) / 1000;
    targets.push({ what: `import, ${ROWS.toLocaleString('en')}-row CSV`, target: '< 60 s', wall: s1(importMs), wallMet: importMs < 60_000, cpu: s1(importCpuMs), cpuMet: importCpuMs < 60_000 });
    console.log(`import of ${ROWS.toLocaleString('en')} rows (${result.upr} UPR, ${result.un} other bodies): ${(importMs / 1000).toFixed(1)} s `
      + `(read + check ${(readMs / 1000).toFixed(1)} s, store ${(storeMs / 1000).toFixed(1)} s) (target < 60 s) ${verdict(importMs < 60_000)}; `
      + `CPU time ${((importCpu.user + importCpu.system) / 1e6).toFixed(1)} s ${verdict(importCpu.user + importCpu.system < 60e6)}`);
    const [cls, clsMs] = timeMs(() => classifyUnRecommendations(db));
    console.log(`children's-rights classification of the ${cls.classified} other bodies' records (part of \`upr import uhri\`): ${(clsMs / 1000).toFixed(1)} s, ${cls.childRights} concern children`);
    const [again, reMs] = timeMs(() => importUhriRows(db, { kind: 'uhri', path: csv, fileName: 'uhri-300k.csv', sha256: 'again', sizeBytes: bytes.length }, parsed.value));
    console.log(`re-import of the same file: ${again.added} added, ${again.alreadyStored} already stored in ${(reMs / 1000).toFixed(1)} s`);
    console.log(`recommendations in the store: ${countRecommendations(db)}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const storeSize = statSync(dbPath).size;
    console.log(`store size: ${mb(storeSize)}`);
    if (process.env.UHRI_SCALE_XLSX !== '0') {
      const x = await importXlsx(tmp);
      console.log(`import of the same ${x.rows.toLocaleString('en')} rows as XLSX (${mb(x.sizeBytes)}, generated, then read as a stream) into a fresh store: ${s1(x.wallMs)} `
        + `(read + check ${s1(x.readMs)}) (target < 60 s) ${verdict(x.wallMs < 60_000)}; CPU time ${s1(x.cpuMs)} ${verdict(x.cpuMs < 60_000)}`);
      targets.push({ what: `import, ${x.rows.toLocaleString('en')}-row XLSX`, target: '< 60 s', wall: s1(x.wallMs), wallMet: x.wallMs < 60_000, cpu: s1(x.cpuMs), cpuMet: x.cpuMs < 60_000 });
    }
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { env: { ...process.env, UHRI_SCALE_SERVE: dbPath }, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (child.status !== 0) throw new Error(`serving child failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as { firstMs: number; search: number[]; stats: number[]; state: number[];
      cpu: Record<'search' | 'stats' | 'state', number[]>; rss: number; maxRss: number; heap: number };
    const p95 = (s: number[]) => percentile([...s].sort((a, b) => a - b), 95);
    console.log(`first request (opens the store, builds the search index): ${(r.firstMs / 1000).toFixed(1)} s`);
    const report = (label: string, wall: number[], cpu: number[], target: number) => {
      targets.push({ what: `${label}, p95`, target: `< ${target} ms`, wall: `${p95(wall).toFixed(1)} ms`, wallMet: p95(wall) < target, cpu: `${p95(cpu).toFixed(1)} ms`, cpuMet: p95(cpu) < target });
      console.log(`${label}: ${latencySummary(wall)} (target p95 < ${target} ms) ${verdict(p95(wall) < target)}`);
      console.log(`  CPU time per request: ${latencySummary(cpu)} ${verdict(p95(cpu) < target)} (the wall time without waiting for the other processes of the machine)`);
    };
    report('search page + facets', r.search, r.cpu.search, 50);
    report('statistics page', r.stats, r.cpu.stats, 100);
    report('State page (with UN treaty bodies and special procedures)', r.state, r.cpu.state, 100);
    console.log(`machine: ${loadavg().map((x) => x.toFixed(2)).join(' ')} load average (1/5/15 min) at the end`);
    console.log(`server memory: RSS ${mb(r.rss)} at the end, peak ${mb(r.maxRss)}, JS heap ${mb(r.heap)} (target < 1 GiB) ${verdict(r.maxRss < 1024 ** 3)}`);
    targets.push({ what: 'server memory (peak RSS)', target: '< 1 GiB', wall: mb(r.maxRss), wallMet: r.maxRss < 1024 ** 3 });
    console.log(`\nissue 12 section 5 targets (wall time is judged on an idle 2-core machine; CPU time is the load-independent figure):`);
    for (const x of targets) {
      console.log(`  ${x.what}: target ${x.target}; ${x.cpu ? 'wall ' : ''}${x.wall} ${x.wallMet ? 'met' : 'MISSED'}${x.cpu ? `; CPU ${x.cpu} ${x.cpuMet ? 'met' : 'MISSED'}` : ''}`);
    }
    console.log(`  store size: ${mb(storeSize)} (reported, no target)`);
  } finally {
    if (process.env.UHRI_SCALE_KEEP) console.log(`kept ${tmp} (UHRI_SCALE_KEEP)`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.env.UHRI_SCALE_SERVE) await serve(process.env.UHRI_SCALE_SERVE);
