/**
 * The customers section of `npm run bench` (issue 5 §7), on BENCH_CUSTOMERS customers (about
 * 4.4 orders each, bench/customer-orders.ts). Baselines run in the same process and run:
 * - the floor: one hand-written DuckDB GROUP BY giving the same recency, frequency (distinct
 *   orders) and monetary per customer, fetched through the same driver;
 * - the peer: pandas (Debian's /usr/bin/python3, python3-pandas) doing the same groupby on the
 *   same CSV already loaded into memory (bench/pandas_rfm.py);
 * - DuckDB's raw read_csv for the import.
 * Then CSV → BG/NBD + Gamma-Gamma parameters end to end, the file read in place (the lifetimes
 * comparison), and the same through a fresh warehouse (import → summary → fits), each stage timed
 * with its peak memory.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDuckDb } from '../src/engines/duckdb/index.ts';
import { fitBgNbd, fitGammaGamma } from '../src/core/clv/index.ts';
import { fitInputs, importInto, openWorkspace, rfmFor, rfmOverviewFor } from '../src/services/index.ts';
import { clvFromFile } from '../src/services/customers/clv-from-file.ts';
import { ensureCustomerOrders, TRUTH } from './customer-orders.ts';
import { measure, pairedMedians } from './memory.ts';

/** One printed line: a figure, its throughput and peak memory, and a same-run baseline. */
export interface CustomerRow {
  lines: number;
  what: string;
  rows: number;
  seconds: number;
  rowsPerSec: number;
  peakMb: number;
  baselineSeconds?: number;
  ratio?: number;
  /** What the baseline is, printed after the ratio. */
  against?: string;
}

/** Issue 5 §7's goals on 1M customers, and the peer figures it gives for this machine. */
const GOALS = { rfmVsFloor: 1.2, pandasSlower: 3, clvSeconds: 2, lifetimesSeconds: 21, lifetimesMb: 850 };

/** One goal's line: what was measured against what was asked. */
export interface GoalLine {
  what: string;
  measured: string;
  goal: string;
  met: boolean;
}

const AS_OF = '2026-10-31';
const PYTHON = '/usr/bin/python3';
const fmt = (n: number, d = 2): string => n.toLocaleString('en-US', { maximumFractionDigits: d });

interface PandasFigures {
  pandas: string;
  load_seconds: number;
  groupby_seconds: number;
  customers: number;
  peak_mb: number;
}

function runPandas(csv: string): PandasFigures | string {
  try {
    execFileSync(PYTHON, ['-c', 'import pandas'], { stdio: 'ignore' });
  } catch {
    return `pandas not available (${PYTHON} cannot import pandas: apt-get install -y python3-pandas)`;
  }
  const out = execFileSync(PYTHON, [join(import.meta.dirname, 'pandas_rfm.py'), csv, AS_OF, '3'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as PandasFigures;
}

/** Runs the section and returns its rows; prints notes (fits, pandas) as it goes. */
export async function benchCustomers(
  outDir: string,
  customers: number,
): Promise<{ rows: CustomerRow[]; goals: GoalLine[] }> {
  const gen = await measure(async () => ensureCustomerOrders(outDir, customers));
  const { file, orders } = gen.value;
  console.log(
    `  data: ${fmt(customers, 0)} customers, ${fmt(orders, 0)} orders (${file}; ${fmt(gen.seconds)} s, cached after the first run)`,
  );
  const dir = join(outDir, `customers-${customers}`);
  const rows: CustomerRow[] = [];
  const goals: GoalLine[] = [];
  const row = (
    what: string,
    seconds: number,
    peakMb: number,
    base?: { seconds: number; against: string },
  ) => {
    rows.push({
      lines: orders,
      what,
      rows: orders,
      seconds,
      rowsPerSec: orders / seconds,
      peakMb,
      ...(base
        ? { baselineSeconds: base.seconds, ratio: seconds / base.seconds, against: base.against }
        : {}),
    });
  };

  // Baseline for the import: DuckDB reads the same CSV into a table, no validation.
  const rawDb = join(dir, 'raw.duckdb');
  rmSync(rawDb, { force: true });
  const raw = await openDuckDb({ path: rawDb });
  const rawRead = await measure(() => raw.driver.exec(`CREATE TABLE t AS SELECT * FROM read_csv('${file}')`));
  await raw.driver.close();
  rmSync(rawDb, { force: true });

  // CSV → parameters with the file read in place (what lifetimes does: read, summarise, fit).
  // Three runs, each reading the file afresh: their median is the figure, since one slow moment
  // of a shared two-core machine moves a single run by a fifth; the first, cold run is shown too.
  const runs = [];
  for (let i = 0; i < 3; i++)
    runs.push(await measure(() => clvFromFile({ file, calibrationEnd: AS_OF, unit: 'week' })));
  const direct = [...runs].sort((a, b) => a.seconds - b.seconds)[1]!;
  // Memory as the first run saw it: later runs in the same process start on the garbage of the
  // ones before them, which is not what a user's single run costs.
  const peakMb = runs[0]!.peakMb;
  const [dBg, dGg] = direct.value.fits;
  row(`CLV: CSV → BG/NBD + Gamma-Gamma parameters, end to end (median of 3)`, direct.seconds, peakMb);
  row(`  the first (cold) run`, runs[0]!.seconds, runs[0]!.peakMb);
  goals.push({
    what: 'CLV: CSV → BG/NBD + Gamma-Gamma parameters',
    measured: `${fmt(direct.seconds)} s (median of 3; cold ${fmt(runs[0]!.seconds)} s), peak ${fmt(peakMb, 0)} MB (lifetimes ${GOALS.lifetimesSeconds} s, ${GOALS.lifetimesMb} MB: ${fmt(GOALS.lifetimesSeconds / direct.seconds, 1)}× faster)`,
    goal: `about ${GOALS.clvSeconds} s`,
    // "About": within a quarter of the figure.
    met: direct.seconds <= GOALS.clvSeconds * 1.25,
  });
  row(
    `  stage: read the CSV in place + compress (${direct.value.readPath})`,
    direct.value.summarySeconds,
    peakMb,
  );
  row(`  stage: BG/NBD fit (${dBg!.iterations} BFGS iterations, coarse + fine)`, dBg!.fitSeconds, peakMb);
  row(
    `  stage: Gamma-Gamma fit (${dGg!.iterations} BFGS iterations, coarse + fine)`,
    dGg!.fitSeconds,
    peakMb,
  );
  console.log(
    "  peer (not run here; the issue's figure on this machine): lifetimes 21 s end to end, peak 850 MB",
  );

  // The same through the warehouse on a fresh one: import → summary → both fits, each stage measured.
  const db = join(dir, 'fulcrum.duckdb');
  for (const f of [db, `${db}.wal`, db.replace(/duckdb$/, 'sqlite')]) rmSync(f, { force: true });
  const ws = await openWorkspace(db);
  try {
    const stages = await measure(async () => {
      const imp = await measure(() => importInto(ws, { file, table: 'orders' }));
      if (imp.value.status !== 'imported') throw new Error(`bench import failed: ${imp.value.status}`);
      const summary = await measure(() => fitInputs(ws, AS_OF, 'week', ['bgnbd', 'gg']));
      const bg = await measure(async () => fitBgNbd(summary.value.bgnbd));
      const gg = await measure(async () => fitGammaGamma(summary.value.gg));
      return { imp, summary, bg, gg };
    });
    const { imp, summary, bg, gg } = stages.value;
    row(`CLV through the warehouse: import, summary, fits`, stages.seconds, stages.peakMb);
    row(`  stage: import orders (validated, ${imp.value.loadPath ?? '?'} path)`, imp.seconds, imp.peakMb, {
      seconds: rawRead.seconds,
      against: 'DuckDB raw read_csv',
    });
    row(`  stage: summary, compressed in SQL per model`, summary.seconds, summary.peakMb);
    row(`  stage: BG/NBD fit (${bg.value.iterations} BFGS iterations)`, bg.seconds, bg.peakMb);
    row(`  stage: Gamma-Gamma fit (${gg.value.iterations} BFGS iterations)`, gg.seconds, gg.peakMb);
    const p = (o: Record<string, number>) =>
      Object.entries(o)
        .map(([k, v]) => `${k} ${fmt(v, 4)}`)
        .join(', ');
    console.log(
      `  summary rows: BG/NBD ${fmt(summary.value.bgnbd.length, 0)} (x, t_x, T) rows, Gamma-Gamma ${fmt(summary.value.gg.length, 0)} (x, m_x) rows, for ${fmt(customers, 0)} customers`,
    );
    console.log(`  BG/NBD ${bg.value.convergence}: ${p(bg.value.params)} (per week)`);
    console.log(`  Gamma-Gamma ${gg.value.convergence}: ${p(gg.value.params)}`);
    const t = TRUTH;
    console.log(
      `  simulated truth: r ${t.r}, alpha ${fmt(t.alpha / 7, 4)} (${t.alpha} days), a ${t.a}, b ${t.b}; p ${t.p}, q ${t.q}, gamma ${t.gamma}`,
    );

    // RFM: the service against floors, all warm, through the same driver. The summary (what the
    // workbench and `fulcrum segments` show) stays in the warehouse, so its floor is the same
    // GROUP BY kept there; the full list read into the app is compared with the GROUP BY read
    // into the app the fastest way the driver has: by column, numbers straight into Float64Arrays.
    // Order ids are unique in this file (Fulcrum learns that once per import and counts rows),
    // so the floor counts rows too: the cheapest correct GROUP BY, not count(DISTINCT order_id).
    const floorSql = `SELECT customer_id, DATE '${AS_OF}' - max(CAST(ts AS DATE)) AS recency_days,
      count(*) AS frequency, CAST(sum(revenue) AS DOUBLE) AS monetary
      FROM orders WHERE CAST(ts AS DATE) <= DATE '${AS_OF}' GROUP BY customer_id`;
    const rfmReq = { asOf: AS_OF, binning: 'quantile' };
    const rfmFirst = await measure(() => rfmOverviewFor(ws, rfmReq));
    // The summary and its floor alternate, so both see the same machine; nine pairs, as the
    // two differ by tens of milliseconds and one garbage collection can take as much.
    const [rfm, floorKept] = await pairedMedians(
      () => rfmOverviewFor(ws, rfmReq),
      async () => {
        await ws.engine.driver.exec(`CREATE OR REPLACE TEMP TABLE bench_floor AS ${floorSql}`);
        await ws.engine.driver.exec('DROP TABLE bench_floor');
      },
      9,
    );
    goals.push({
      what: 'RFM summary against the hand-written DuckDB GROUP BY',
      measured: `${fmt(rfm / floorKept)}× (${fmt(rfm, 3)} s against ${fmt(floorKept, 3)} s)`,
      goal: `≤ ${GOALS.rfmVsFloor}×`,
      met: rfm / floorKept <= GOALS.rfmVsFloor,
    });
    row('RFM summary: values, quantile scores, segments, grid (warm)', rfm, rfmFirst.peakMb, {
      seconds: floorKept,
      against: 'floor: one hand-written DuckDB GROUP BY, result kept in DuckDB',
    });
    // The first call after an import also learns whether order ids repeat (kept in the app store
    // until the next import); shown so the warm figure hides nothing.
    row('  RFM summary, first call after the import', rfmFirst.seconds, rfmFirst.peakMb, {
      seconds: floorKept,
      against: 'the same floor',
    });
    const lines = await measure(() => rfmFor(ws, rfmReq));
    const [linesWarm, floorRead] = await pairedMedians(
      () => rfmFor(ws, rfmReq),
      async () => {
        const res = await ws.engine.driver.queryColumns(floorSql);
        return [
          res.values('customer_id'),
          ...['recency_days', 'frequency', 'monetary'].map((c) => res.numbers(c)),
        ];
      },
      3,
    );
    row(
      `RFM lines: all ${fmt(lines.value.customers.length, 0)} customers read into the app`,
      linesWarm,
      lines.peakMb,
      {
        seconds: floorRead,
        against: 'floor: the same GROUP BY read into the app by column',
      },
    );
    const pandas = runPandas(file);
    if (typeof pandas === 'string') console.log(`  ${pandas}`);
    else {
      goals.push({
        what: 'pandas groupby from memory, how many times slower than the RFM summary',
        measured: `${fmt(pandas.groupby_seconds / rfm, 1)}× (${fmt(pandas.groupby_seconds)} s)`,
        goal: `≥ ${GOALS.pandasSlower}×`,
        met: pandas.groupby_seconds / rfm >= GOALS.pandasSlower,
      });
      rows.push({
        lines: orders,
        what: `  peer: pandas ${pandas.pandas} groupby from memory (load ${fmt(pandas.load_seconds)} s untimed)`,
        rows: orders,
        seconds: pandas.groupby_seconds,
        rowsPerSec: orders / pandas.groupby_seconds,
        peakMb: pandas.peak_mb,
        baselineSeconds: rfm,
        ratio: pandas.groupby_seconds / rfm,
        against: 'Fulcrum RFM summary above: how many times slower pandas is',
      });
    }
  } finally {
    await ws.close();
  }
  return { rows, goals };
}

/** Prints each goal with what was measured and whether it holds. */
export function printGoals(goals: readonly GoalLine[]): void {
  console.log('\n  issue 5 §7 goals (1M customers, 2 cores):');
  for (const g of goals)
    console.log(`  ${g.met ? 'met    ' : 'NOT MET'}  ${g.what}: ${g.measured}; goal ${g.goal}`);
}

/** Prints the section's rows in the bench's format, naming each row's baseline. */
export function printCustomerRows(rows: readonly CustomerRow[]): void {
  for (const r of rows) {
    const ratio =
      r.ratio === undefined
        ? ''
        : `  baseline ${fmt(r.baselineSeconds!, 3)} s  ratio ${fmt(r.ratio)}× (${r.against})`;
    console.log(
      `${r.what.padEnd(56)} ${fmt(r.seconds, 3).padStart(8)} s ${fmt(r.rowsPerSec, 0).padStart(12)} rows/s  peak ${fmt(r.peakMb, 0)} MB${ratio}`,
    );
  }
}
