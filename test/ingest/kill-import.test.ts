import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCompany } from '../../src/generate/index.ts';
import { importInto, importLog, openWorkspace } from '../../src/services/index.ts';

/**
 * Issue 12 §3: kill -9 during COMMIT left a half-applied replace. A child process imports a
 * generated orders file over a workspace that already holds its first lines (a replace), and is
 * killed with SIGKILL at many points: while reading, inside the INSERT, inside COMMIT (also inside
 * a slowed checkpoint), after COMMIT but before the import log, and when a WAL file appears. Each
 * time the workspace is reopened and must hold exactly the old data or exactly the new.
 */

// Enough lines that the WAL of a replace (pointers to ~4 row groups) spans two writes: with fewer
// the kill rarely lands between them.
const ORDERS = 500_000;
const OLD_LINES = 2_000;
const CHILD = join(import.meta.dirname, 'kill-import-child.ts');
const ROOT = join(import.meta.dirname, '..', '..');

interface Totals {
  lines: number;
  revenue: number;
}

interface KillPoint {
  /** Kill this many ms after the child reports `after` (or, with `wal`, once the WAL has bytes). */
  after?: 'open' | 'import' | 'transaction' | 'commit' | 'committed';
  delayMs?: number;
  wal?: boolean;
  env?: Record<string, string>;
}

const slowCheckpoint = { KILL_TEST_CHECKPOINT_SLEEP_MS: '400' };
const pauseAfterCommit = { KILL_TEST_PAUSE_AFTER_COMMIT_MS: '1500' };
const POINTS: KillPoint[] = [
  { after: 'import', delayMs: 0 },
  { after: 'transaction', delayMs: 100 },
  { after: 'transaction', delayMs: 400 },
  { after: 'commit', delayMs: 0 },
  { after: 'commit', delayMs: 5 },
  { after: 'commit', delayMs: 150, env: slowCheckpoint },
  { after: 'committed', delayMs: 0, env: pauseAfterCommit },
  // The moment of the issue: the kill follows the WAL's first bytes. Before the fix these landed
  // between the WAL's body and its closing entry, and the replay kept both old and new lines.
  { wal: true },
  { wal: true },
  { wal: true },
];

const walBytes = (db: string): number => {
  try {
    return statSync(`${db}.wal`).size;
  } catch {
    return 0;
  }
};

/** Runs the child and kills it at `point`; returns the steps it reached and whether it was killed. */
async function runAndKill(
  db: string,
  file: string,
  point: KillPoint,
): Promise<{ steps: string[]; killed: boolean }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, db, file], {
    cwd: ROOT,
    env: { ...process.env, ...point.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let timer: NodeJS.Timeout | undefined;
  let armed = false;
  const kill = () => child.kill('SIGKILL');
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (!armed && point.after && out.split('\n').includes(point.after)) {
      armed = true;
      if (point.delayMs) timer = setTimeout(kill, point.delayMs);
      else kill();
    }
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  // The WAL is polled as fast as the event loop turns: the kill follows its first bytes, which
  // DuckDB writes at COMMIT before the entry that closes the transaction.
  const poll = point.wal
    ? setInterval(() => {
        if (walBytes(db) > 0) kill();
      }, 0)
    : undefined;
  const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, sig) => resolve(sig)),
  );
  clearTimeout(timer);
  clearInterval(poll);
  const killed = signal === 'SIGKILL';
  if (!killed && child.exitCode !== 0) throw new Error(`child failed: ${err}`);
  return { steps: out.split('\n').filter(Boolean), killed };
}

/** Where the child died: the last step it reported. */
function phaseOf(steps: string[], killed: boolean): string {
  if (!killed) return 'finished';
  const last = steps.at(-1) ?? 'start';
  return (
    {
      start: 'starting',
      open: 'before the import',
      import: 'reading',
      transaction: 'inside the INSERT',
      commit: 'inside COMMIT',
      committed: 'after COMMIT, before the log',
    }[last] ?? last
  );
}

async function totalsOf(db: string): Promise<Totals & { statuses: string[] }> {
  const ws = await openWorkspace(db);
  try {
    const [t] = await ws.engine.driver.query(
      `SELECT count(*) AS lines, CAST(round(sum(revenue), 2) AS DOUBLE) AS revenue FROM orders`,
    );
    return {
      lines: Number(t?.['lines']),
      revenue: Number(t?.['revenue']),
      statuses: importLog(ws).map((r) => r.status),
    };
  } finally {
    await ws.close();
  }
}

describe('kill -9 during an import (issue 12 §3)', () => {
  const dir = join(tmpdir(), `fulcrum-kill-${process.pid}`);
  // The child's temp folders go here, so the test sees exactly the ones a killed import left.
  const temp = join(dir, 'tmp');
  const savedTmp = process.env['TMPDIR'];
  const base = join(dir, 'base.duckdb');
  const big = join(dir, 'orders.csv');
  // tsx keeps its own cache there too; only the import's folders count.
  const ingestTemp = () => readdirSync(temp).filter((n) => n.startsWith('fulcrum-ingest-'));
  let before: Totals & { statuses: string[] };
  let after: Totals;

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(temp, { recursive: true });
    process.env['TMPDIR'] = temp;
    await generateCompany({ outDir: join(dir, 'gen'), orders: ORDERS, seed: 12 });
    copyFileSync(join(dir, 'gen', 'orders.csv'), big);
    // The old import: the big file's first lines, which the big file then replaces.
    const head = readFileSync(big, 'utf8')
      .split('\n')
      .slice(0, OLD_LINES + 1)
      .join('\n');
    writeFileSync(join(dir, 'old.csv'), `${head}\n`);
    const ws = await openWorkspace(base);
    await importInto(ws, { file: join(dir, 'old.csv'), table: 'orders' });
    await ws.close();
    before = await totalsOf(base);
    copyFileSync(base, join(dir, 'full.duckdb'));
    copyFileSync(base.replace(/duckdb$/, 'sqlite'), join(dir, 'full.sqlite'));
    const full = await openWorkspace(join(dir, 'full.duckdb'));
    const r = await importInto(full, { file: big, table: 'orders' });
    await full.close();
    expect(r).toMatchObject({ status: 'imported', loadPath: 'direct', rowsReplaced: OLD_LINES });
    after = await totalsOf(join(dir, 'full.duckdb'));
    expect(after.lines).toBeGreaterThan(before.lines * 100);
  }, 120_000);

  afterAll(() => {
    if (savedTmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = savedTmp;
    rmSync(dir, { recursive: true, force: true });
  });

  it('kill -9 at any point leaves exactly the old data or exactly the new, the log closed and no temp folder', async () => {
    const phases = new Map<string, number>();
    const outcomes: string[] = [];
    let tempLeft = 0;
    for (const [i, point] of POINTS.entries()) {
      const db = join(dir, `run-${i}.duckdb`);
      copyFileSync(base, db);
      copyFileSync(base.replace(/duckdb$/, 'sqlite'), db.replace(/duckdb$/, 'sqlite'));
      const { steps, killed } = await runAndKill(db, big, point);
      const phase = phaseOf(steps, killed);
      phases.set(phase, (phases.get(phase) ?? 0) + 1);
      tempLeft += ingestTemp().length;
      const t = await totalsOf(db);
      const state =
        t.lines === before.lines && t.revenue === before.revenue
          ? 'old'
          : t.lines === after.lines && t.revenue === after.revenue
            ? 'new'
            : `MIXED ${t.lines} lines, ${t.revenue} revenue`;
      outcomes.push(`${JSON.stringify(point)} → ${phase}: ${state}, log ${t.statuses.join(' ')}`);
      expect(state, outcomes.at(-1)).toMatch(/^(old|new)$/);
      // The log says what the warehouse holds: nothing left 'running'; a replace that is there
      // was imported, one that is not failed (or never started).
      const mine = t.statuses.slice(0, t.statuses.length - before.statuses.length);
      if (state === 'new') expect(mine, outcomes.at(-1)).toEqual(['imported']);
      else expect([[], ['failed']], outcomes.at(-1)).toContainEqual(mine);
      expect(ingestTemp(), outcomes.at(-1)).toEqual([]);
      rmSync(db, { force: true });
      rmSync(db.replace(/duckdb$/, 'sqlite'), { force: true });
    }
    console.log(
      `kill -9 over ${ORDERS} order lines (old ${before.lines} lines, new ${after.lines}):\n` +
        [...phases].map(([p, n]) => `  ${p}: ${n}`).join('\n') +
        `\n  temp folders found left by a killed import (then removed): ${tempLeft}\n` +
        outcomes.map((o) => `  ${o}`).join('\n'),
    );
    // The points that matter did land: inside the slowed COMMIT and between COMMIT and the log.
    expect(phases.get('inside COMMIT')).toBeGreaterThanOrEqual(2);
    expect(phases.get('after COMMIT, before the log')).toBe(1);
    expect(tempLeft).toBeGreaterThan(0);
  }, 240_000);
});
