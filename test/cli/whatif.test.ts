import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { expectGolden } from '../helpers/golden.ts';

describe('fulcrum whatif (no data)', () => {
  it('gives 320 for shop 1 on lcpudq and on lcpq', async () => {
    const a = await runCli(['whatif', '--model', 'lcpudq', '--values', 'L=100,C=0.4,D=2,Pu=2,Q=2', '--json']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).revenue).toBe(320);
    const b = await runCli(['whatif', '--model', 'lcpq', '--values', 'L=100,C=0.4,P=4,Q=2', '--json']);
    expect(JSON.parse(b.stdout).revenue).toBe(320);
    expectGolden('whatif-shop1-lcpudq', JSON.parse(a.stdout));
  });

  it('gives 320 for shop 2 with a different structure', async () => {
    const r = await runCli(['whatif', '--values', 'L=50,C=0.8,D=1,Pu=8,Q=1', '--json']);
    expect(JSON.parse(r.stdout).revenue).toBe(320);
  });

  it('goal-seeks +20% on every lever to reach ×2.0736 on lcpq', async () => {
    const r = await runCli([
      'whatif',
      '--model',
      'lcpq',
      '--values',
      'L=100,C=0.4,P=4,Q=2',
      '--target',
      'revenue=663.552',
      '--json',
    ]);
    const goal = JSON.parse(r.stdout).goal;
    expect(goal.factor).toBeCloseTo(1.2, 9);
    for (const m of goal.levers) expect(m.changePct).toBeCloseTo(20, 6);
  });

  it('goal-seeks one chosen lever', async () => {
    const r = await runCli([
      'whatif',
      '--values',
      'L=100,C=0.4,D=2,Pu=2,Q=2',
      '--target',
      'revenue=400',
      '--lever',
      'C',
      '--json',
    ]);
    const goal = JSON.parse(r.stdout).goal;
    expect(goal.levers).toEqual([
      { lever: 'C', from: 0.4, to: expect.closeTo(0.5, 9), changePct: expect.closeTo(25, 6) },
    ]);
  });

  it('fails with a clear message and no stack trace on a missing lever', async () => {
    const r = await runCli(['whatif', '--model', 'lcpq', '--values', 'L=100,C=0.4,P=4', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('Error: cannot evaluate "revenue" of tree "lcpq": missing lever values for Q\n');
  });

  it('rejects text in a value, naming it', async () => {
    const r = await runCli(['whatif', '--values', 'L=сто', '--lang', 'ru']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Ошибка: --values «L=сто»: «сто» — не число');
  });

  it('prints a stack trace only with --debug', async () => {
    const r = await runCli(['whatif', '--model', 'nope', '--values', 'L=1', '--debug']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unknown model "nope"[\s\S]*at /);
  });
});

describe('fulcrum constraint --stages (theory of constraints, the cups example)', () => {
  it('walks 8 → 9 → 10 → 11 as each bottleneck is raised', async () => {
    const run = async (spec: string) =>
      JSON.parse((await runCli(['constraint', '--stages', spec, '--json'])).stdout);
    expect(await run('m1=12,m2=8,m3=10,sales=9,market=11')).toEqual({ output: 8, bottleneck: 'm2' });
    expect(await run('m1=12,m2=15,m3=10,sales=9,market=11')).toEqual({ output: 9, bottleneck: 'sales' });
    expect(await run('m1=12,m2=15,m3=10,sales=12,market=11')).toEqual({ output: 10, bottleneck: 'm3' });
    expect(await run('m1=12,m2=15,m3=15,sales=12,market=11')).toEqual({ output: 11, bottleneck: 'market' });
  });
});
