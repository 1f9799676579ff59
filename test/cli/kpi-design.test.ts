import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'fulcrum-kpi-design-'));
const at = ['--db', join(dir, 'f.duckdb')];
const positions = join(dir, 'positions.yaml');
writeFileSync(
  positions,
  [
    'positions:',
    '  - id: marketer',
    '    name: Маркетолог',
    '    bonus: 30000',
    '    kpis: { L: 0.45, C: 0.35, Q: 0.2 }',
    '  - id: finance',
    '    name: Финансист',
    '    kpis: [other, M]',
  ].join('\n'),
);

interface Design {
  byPosition: Array<{ position: string; kpis: Array<{ kpi: string; share: number; amount?: number }> }>;
}

describe('fulcrum kpi design --save / --load', () => {
  it('prints KPIs and factors by name, never a raw measure id', async () => {
    const r = await runCli(['kpi', 'design', '--model', 'profit', '--positions', positions, '--lang', 'ru']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Прочие расходы  Доля 50,0\u00a0%  ← Прочие расходы');
    expect(r.stdout).toContain('Лиды  Доля 45,0\u00a0%  ← Число лидов');
    expect(r.stdout).not.toMatch(/\bother_costs\b|\bleads\b/);
    const en = await runCli(['kpi', 'design', '--model', 'profit', '--positions', positions, '--lang', 'en']);
    expect(en.stdout).toContain('← Number of leads');
    expect(en.stdout).not.toMatch(/\bother_costs\b/);
  });

  it('saves a checked file, then loads it: shares and the bonus split as saved', async () => {
    const saved = await runCli([
      'kpi',
      'design',
      '--model',
      'profit',
      '--positions',
      positions,
      '--save',
      '--lang',
      'ru',
      ...at,
    ]);
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).toContain('Система KPI модели profit сохранена: должностей — 2');
    const r = await runCli(['kpi', 'design', '--model', 'profit', '--load', '--json', ...at]);
    expect(r.code, r.stderr).toBe(0);
    const d = JSON.parse(r.stdout) as Design;
    // 30 000 ₽ × 45 / 35 / 20 %; the finance position's two KPIs half each.
    expect(d.byPosition.map((p) => p.kpis.map((k) => [k.kpi, k.share, k.amount ?? null]))).toEqual([
      [
        ['L', 0.45, 13500],
        ['C', 0.35, 10500],
        ['Q', 0.2, 6000],
      ],
      [
        ['other', 0.5, null],
        ['M', 0.5, null],
      ],
    ]);
  });

  it('exports the saved design: the workbook carries the saved shares by name', async () => {
    const file = join(dir, 'saved.xlsx');
    const r = await runCli([
      'kpi',
      'design',
      '--model',
      'profit',
      '--load',
      '--export',
      file,
      '--lang',
      'en',
      ...at,
    ]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rows = (wb.getWorksheet('By position')!.getSheetValues() as unknown[][]).filter(Array.isArray);
    expect(rows.filter((v) => v[1] === 'Маркетолог').map((v) => [v[2], v[3], v[5]])).toEqual([
      ['Leads', 0.45, 'Number of leads'],
      ['Conversion', 0.35, 'Buyers, Leads'],
      ['Purchase frequency', 0.2, 'Orders, Buyers'],
    ]);
  });

  it('refuses a file whose shares miss 100 % without touching the saved design', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'positions:\n  - id: m\n    name: Маркетолог\n    kpis: { L: 0.5, C: 0.4 }\n');
    const r = await runCli([
      'kpi',
      'design',
      '--model',
      'profit',
      '--positions',
      bad,
      '--save',
      '--lang',
      'ru',
      ...at,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'Должность «Маркетолог»: доли KPI в сумме 90\u00a0%, а должны — 100\u00a0% (не хватает 10\u00a0%)',
    );
    const d = JSON.parse(
      (await runCli(['kpi', 'design', '--model', 'profit', '--load', '--json', ...at])).stdout,
    ) as Design;
    expect(d.byPosition.map((p) => p.position)).toEqual(['marketer', 'finance']);
  });

  it('says what to give when there is neither a file nor a saved design', async () => {
    const neither = await runCli(['kpi', 'design', '--lang', 'en', ...at]);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toContain(
      'give --positions FILE (with --save to store it) or --load for the saved design',
    );
    const none = await runCli(['kpi', 'design', '--model', 'lcpq', '--load', '--lang', 'en', ...at]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no saved KPI design for the model "lcpq" (saved: profit)');
  });
});
