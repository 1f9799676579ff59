import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

describe('--model FILE', () => {
  it('evaluates the documented example tree in a what-if', async () => {
    const r = await runCli([
      'whatif',
      '--model',
      'docs/examples/lcpq-with-discount.yaml',
      '--values',
      'L=100,C=0.4,P=4,Q=2',
      '--json',
    ]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).revenue).toBe(320);
  });

  it('names the file and every problem of a broken tree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fulcrum-tree-'));
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({
        id: 't',
        label: { ru: 'т', en: 't' },
        revenue: 'A',
        levers: ['A'],
        nodes: [
          { id: 'A', kind: 'product', of: ['B'], unit: 'money', label: { ru: 'A', en: 'A' } },
          { id: 'B', kind: 'sum', of: ['A'], unit: 'money', label: { ru: 'B', en: 'B' } },
        ],
      }),
    );
    const r = await runCli(['whatif', '--model', file, '--values', 'A=1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}: недопустимое дерево формулы «t»`);
    expect(r.stderr).toContain('цикл: A → B → A');
  });
});
