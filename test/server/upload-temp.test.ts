import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { thisProcess } from '../../src/ingest/owner-process.ts';
import { removeDeadTempDirs } from '../../src/ingest/temp-dirs.ts';
import { receiveUpload } from '../../src/server/uploads/receive.ts';

describe('issue 12: upload temp folders', () => {
  let root: string;
  let saved: string | undefined;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'fulcrum-uploads-test-'));
    saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = root;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = saved;
    rmSync(root, { recursive: true, force: true });
  });

  it('upload temp folders of a dead server are removed at start-up, a live one is kept', async () => {
    const req = new Request('http://x/api/imports', { method: 'POST', body: 'order_id;ts\n1;2024-03-01\n' });
    const live = await receiveUpload(req, 'orders.csv', 1024);
    const me = thisProcess();
    // Named like an import's folder: kind, owner pid and start time.
    expect(dirname(live.path)).toContain(`fulcrum-upload-${me.pid}-${me.started ?? 'x'}-`);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const gone = join(root, `fulcrum-upload-${dead}-x-abc123`);
    mkdirSync(gone);
    expect(await removeDeadTempDirs(root)).toEqual([gone]);
    expect(readdirSync(root)).toEqual([dirname(live.path).slice(root.length + 1)]);
    await live.remove();
    expect(existsSync(dirname(live.path))).toBe(false);
  });
});
