import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive, thisProcess } from './owner-process.ts';

/**
 * What a temp folder holds: an import's working files, or a file received over HTTP waiting for
 * its import. Both are named and cleaned up by this one mechanism.
 */
export type TempKind = 'ingest' | 'upload';

// fulcrum-<kind>-<pid>-<start ticks or "x">-<mkdtemp's six characters>
const OWNED = /^fulcrum-(?:ingest|upload)-(\d+)-(\d+|x)-[^-]+$/;

/**
 * A private temp directory and its removal; every temp file of one import (or one upload) lives
 * in it. Its name carries the owning process (pid and start time), so a later start can tell the
 * folders of a process killed before its `finally` ran from those of one still running.
 */
export async function makeTempDir(
  kind: TempKind = 'ingest',
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const me = thisProcess();
  const dir = await mkdtemp(join(tmpdir(), `fulcrum-${kind}-${me.pid}-${me.started ?? 'x'}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Removes the temp folders (imports' and uploads') whose process has died; returns their paths.
 * Folders of live processes, and older unnamed ones whose owner cannot be told, are left alone.
 */
export async function removeDeadTempDirs(root: string = tmpdir()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = OWNED.exec(name);
    if (!m) continue;
    if (isAlive({ pid: Number(m[1]), started: m[2] === 'x' ? null : m[2]! })) continue;
    const dir = join(root, name);
    await rm(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}
