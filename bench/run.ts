/**
 * `npm run bench`: Fulcrum's speed and memory against baselines measured in the same run on the
 * same files — DuckDB's raw read_csv for import, one hand-written GROUP BY for analysis.
 * Sizes: BENCH_SIZES=1000000,10000000 (default; BENCH_SIZES= skips them). BENCH_CUSTOMERS=1000000 adds
 * the customers section (RFM, CLV; bench/customers.ts) and the CLI's CLV route. The CLI section
 * (bench/cli.ts: start-up, formula, CLV route) runs unless BENCH_CLI=0. Results also go to
 * bench/out/results.json.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCompany } from '../src/generate/index.ts';
import { openDuckDb } from '../src/engines/duckdb/index.ts';
import { getPreset } from '../src/core/formula/index.ts';
import { parsePeriod } from '../src/core/period/index.ts';
import { analyseSlices, buildReport, importInto, openWorkspace } from '../src/services/index.ts';
import { TABLE_NAMES } from '../src/ingest/index.ts';
import { measure, warmMedian } from './memory.ts';
import { apiP95 } from './api.ts';
import { firstMeaningfulView } from './web-view.ts';
import { benchCustomers, printCustomerRows, printGoals } from './customers.ts';
import { benchCli } from './cli.ts';

const OUT = join(import.meta.dirname, 'out');
const sizes = (process.env['BENCH_SIZES'] ?? '1000000,10000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const customers = Number(process.env['BENCH_CUSTOMERS'] ?? 0);
const fmt = (n: number, d = 2): string => n.toLocaleString('en-US', { maximumFractionDigits: d });

interface Row {
  lines: number;
  what: string;
  rows: number;
  seconds: number;
  rowsPerSec: number;
  peakMb: number;
  baselineSeconds?: number;
  ratio?: number;
}

async function ensureFiles(lines: number): Promise<string> {
  const dir = join(OUT, `company-${lines}`);
  if (!existsSync(join(dir, '.generated'))) {
    const g = await measure(() => generateCompany({ outDir: dir, orders: lines, seed: 7 }));
    writeFileSync(join(dir, '.generated'), 'ok\n');
    console.log(
      `generated ${fmt(g.value.rows.orders, 0)} order lines in ${fmt(g.seconds)} s (${fmt(g.value.rows.orders / g.seconds, 0)} lines/s, peak ${fmt(g.peakMb, 0)} MB)`,
    );
  }
  return dir;
}

async function benchSize(lines: number): Promise<Row[]> {
  const dir = await ensureFiles(lines);
  const rows: Row[] = [];
  const orders = join(dir, 'orders.csv');

  // Baseline: DuckDB reads the same CSV into a table, no validation, no mapping.
  const rawDb = join(dir, 'raw.duckdb');
  rmSync(rawDb, { force: true });
  const raw = await openDuckDb({ path: rawDb });
  const base = await measure(() => raw.driver.exec(`CREATE TABLE t AS SELECT * FROM read_csv('${orders}')`));
  const [n] = await raw.driver.query('SELECT count(*) AS n FROM t');
  await raw.driver.close();
  rmSync(rawDb, { force: true });

  const db = join(dir, 'fulcrum.duckdb');
  for (const f of [db, `${db}.wal`, db.replace(/duckdb$/, 'sqlite')]) rmSync(f, { force: true });
  const ws = await openWorkspace(db);
  try {
    const imp = await measure(() => importInto(ws, { file: orders, table: 'orders' }));
    if (imp.value.status !== 'imported') throw new Error(`bench import failed: ${imp.value.status}`);
    const total = Number(n?.['n']);
    rows.push({
      lines,
      what: `import orders (validated, ${imp.value.loadPath ?? '?'} path)`,
      rows: total,
      seconds: imp.seconds,
      rowsPerSec: total / imp.seconds,
      peakMb: imp.peakMb,
      baselineSeconds: base.seconds,
      ratio: imp.seconds / base.seconds,
    });
    for (const t of TABLE_NAMES.filter((x) => x !== 'orders'))
      await importInto(ws, { file: join(dir, `${t}.csv`), table: t });

    // Floor: one hand-written GROUP BY over the same columns the analysis needs.
    const floorSql = `SELECT date_trunc('month', ts) AS m, channel, store, sum(revenue), count(DISTINCT order_id),
      count(DISTINCT customer_id), sum(items), sum(cost) FROM orders
      WHERE ts >= '2024-11-01' AND ts < '2026-11-01' GROUP BY ALL`;
    const floor = await warmMedian(() => ws.engine.driver.query(floorSql));
    const tree = getPreset('profit');
    const period = parsePeriod('2024-11..2026-10');
    // Computed every time, as the floor is: the read memo would answer repeats from memory.
    const computing = { ...ws, reader: ws.engine };
    const analysis = await measure(() =>
      analyseSlices(computing, { tree, period, by: ['month', 'channel', 'store'] }),
    );
    const warm = await warmMedian(() =>
      analyseSlices(computing, { tree, period, by: ['month', 'channel', 'store'] }),
    );
    rows.push({
      lines,
      what: 'formula+levers+attribution month×channel×store (warm)',
      rows: total,
      seconds: warm,
      rowsPerSec: total / warm,
      peakMb: analysis.peakMb,
      baselineSeconds: floor,
      ratio: warm / floor,
    });
    console.log(
      `  ${analysis.value.cells.length} cells, ${analysis.value.steps.length} month-over-month splits, ${analysis.value.skipped} skipped`,
    );
    const reportReq = {
      tree,
      before: parsePeriod('2024-11..2025-10'),
      after: parsePeriod('2025-11..2026-10'),
    };
    const report = await warmMedian(() => buildReport(computing, reportReq));
    rows.push({
      lines,
      what: 'report: compare + levers + constraint (warm)',
      rows: total,
      seconds: report,
      rowsPerSec: total / report,
      peakMb: analysis.peakMb,
    });
    // Issue 3's goal: the workbench's first meaningful view within 2 s.
    for (const prepared of [false, true]) {
      const view = await firstMeaningfulView(ws, prepared);
      if (!view) {
        console.log('  (workbench not measured: no /usr/bin/chromium or no web/dist — npm run build:web)');
        break;
      }
      const first = prepared ? 'first visit, views prepared by the server' : 'first visit, computed';
      for (const [kind, seconds] of [
        [first, view.first],
        ['next visit', view.next],
      ] as const) {
        const what = `workbench formula page shown (${kind})`;
        rows.push({
          lines,
          what,
          rows: total,
          seconds,
          rowsPerSec: total / seconds,
          peakMb: analysis.peakMb,
        });
      }
    }
    for (const a of await apiP95(ws)) {
      // Issue 3's goal: p95 ≤ 300 ms warm for formula, comparison and lever table at 10M lines.
      const name = a.route.split('?')[0];
      const peakMb = analysis.peakMb;
      const first = { what: `API ${name} first answer (computed)`, seconds: a.first };
      const warm = { what: `API ${name} p95 warm (cached until the next import)`, seconds: a.p95 };
      for (const r of [first, warm])
        rows.push({ lines, ...r, rows: total, rowsPerSec: total / r.seconds, peakMb });
    }
  } finally {
    await ws.close();
  }
  return rows;
}

const all: Row[] = [];
mkdirSync(OUT, { recursive: true });
for (const s of sizes) {
  console.log(`\n== ${fmt(s, 0)} order lines ==`);
  const rows = await benchSize(s);
  all.push(...rows);
  for (const r of rows) {
    const ratio =
      r.ratio === undefined ? '' : `  baseline ${fmt(r.baselineSeconds!, 3)} s  ratio ${fmt(r.ratio)}×`;
    console.log(
      `${r.what.padEnd(56)} ${fmt(r.seconds, 3).padStart(8)} s ${fmt(r.rowsPerSec, 0).padStart(12)} rows/s  peak ${fmt(r.peakMb, 0)} MB${ratio}`,
    );
  }
}
if (customers > 0) {
  console.log(`\n== customers: ${fmt(customers, 0)} (BENCH_CUSTOMERS) ==`);
  const { rows, goals } = await benchCustomers(OUT, customers);
  printCustomerRows(rows);
  printGoals(goals);
  all.push(...rows);
}
if (process.env['BENCH_CLI'] !== '0') {
  console.log('\n== the fulcrum command (issue 13 §3; fresh process each run, fastest of several) ==');
  const goals = await benchCli(OUT, customers);
  console.log('\n  issue 13 §3 goals:');
  for (const g of goals)
    console.log(`  ${g.met ? 'met    ' : 'NOT MET'}  ${g.what}: ${g.measured}; goal ${g.goal}`);
}
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(all, null, 2)}\n`);
