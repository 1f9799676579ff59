import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-cli-journey-'));
const db = join(dir, 'w.duckdb');

interface Journey {
  period: { from: string; to: string };
  stages: { id: string; passage: { reached: number | null; kept: number | null } }[];
  counts: Record<string, number | null>;
  constraint: { lever: string; position: number; stageId: string } | null;
}

// Issue 15 §1: `fulcrum journey [--json]` prints the map with each stage's lever and its value.
describe('fulcrum journey', () => {
  beforeAll(async () => {
    const gen = await runCli(['generate', '--out', dir, '--orders', '3000', '--seed', '5', '--json']);
    expect(gen.code, gen.stderr).toBe(0);
    for (const table of ['orders', 'leads']) {
      const imp = await runCli(['import', join(dir, `${table}.csv`), '--table', table, '--db', db, '--json']);
      expect(imp.code, imp.stderr).toBe(0);
    }
  }, 120_000);

  it('prints the six stages with their levers in Russian and English', async () => {
    const ru = await runCli(['journey', '--db', db, '--lang', 'ru']);
    expect(ru.code, ru.stderr).toBe(0);
    expect(ru.stdout).toMatch(/Карта пути клиента/);
    for (let i = 1; i <= 6; i++) expect(ru.stdout).toMatch(new RegExp(`^${i}\\. `, 'm'));
    expect(ru.stdout).toMatch(/2\. Активная оценка и выбор +C \d+,\d+\s%/);
    expect(ru.stdout).toMatch(/Ключевое ограничение: рычаг|Ключевого ограничения нет/);
    const en = await runCli(['journey', '--db', db, '--lang', 'en', '--preset', 'b2b']);
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toMatch(/Customer journey map/);
    expect(en.stdout).toMatch(/Evaluating solutions and choosing a supplier/);
  }, 60_000);

  it('--json counts the period’s leads and new clients from them as an independent query does', async () => {
    const res = await runCli(['journey', '--db', db, '--json']);
    expect(res.code, res.stderr).toBe(0);
    const j = JSON.parse(res.stdout) as Journey;
    expect(j.stages.map((s) => s.id)).toEqual([
      'consideration',
      'evaluation',
      'deal',
      'post-purchase',
      'repeat',
      'recommendation',
    ]);
    const conn = await (await DuckDBInstance.create(db, { access_mode: 'READ_ONLY' })).connect();
    const one = async (sql: string) => Number((await conn.runAndReadAll(sql)).getRowObjects()[0]!['n']);
    const { from, to } = j.period;
    const leads = await one(`SELECT count(*) AS n FROM leads WHERE ts >= '${from}' AND ts < '${to}'`);
    // Window functions instead of the service's GROUP BY: each customer's first order time.
    const fresh = await one(
      `SELECT count(DISTINCT customer_id) AS n FROM (SELECT customer_id, ts, min(ts) OVER (PARTITION BY customer_id) AS f FROM orders) ` +
        `WHERE f = ts AND f >= '${from}' AND f < '${to}' AND customer_id IN ` +
        `(SELECT customer_id FROM leads WHERE customer_id IS NOT NULL AND ts >= '${from}' AND ts < '${to}')`,
    );
    conn.closeSync();
    expect(j.counts['leads']).toBe(leads);
    expect(j.counts['new_buyers']).toBe(fresh);
    expect(j.stages[1]!.passage.kept).toBeCloseTo(fresh / leads, 12);
    for (const s of j.stages) if (s.passage.kept !== null) expect(s.passage.kept).toBeLessThanOrEqual(1);
    if (j.constraint) expect(j.stages[j.constraint.position - 1]!.id).toBe(j.constraint.stageId);
  }, 60_000);

  it('an unknown preset is an error naming the choices, in the user’s language', async () => {
    const res = await runCli(['journey', '--db', db, '--preset', 'hotel', '--lang', 'ru']);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/неизвестный шаблон карты «hotel»; выберите: b2c, b2b, clinic/);
  }, 60_000);

  it('--save keeps a preset or a map file as the company’s map; a bad file is named and nothing is kept', async () => {
    const saved = await runCli(['journey', '--db', db, '--preset', 'clinic', '--save', '--lang', 'ru']);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toMatch(/Сохранено как карта пути клиента компании/);
    const drawn = await runCli(['journey', '--db', db, '--lang', 'ru']);
    expect(drawn.stdout).toMatch(/2\. Выбор клиники и запись/);
    const file = join(dir, 'bad-map.json');
    writeFileSync(file, JSON.stringify({ preset: 'b2c', stages: [{ id: 'Этап 1' }] }));
    const bad = await runCli(['journey', '--db', db, '--map', file, '--save', '--lang', 'en']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/stages\.0/);
    const still = await runCli(['journey', '--db', db, '--lang', 'ru']);
    expect(still.stdout).toMatch(/2\. Выбор клиники и запись/);
  }, 60_000);
});
