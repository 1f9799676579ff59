import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A folder that lives as long as one vitest run: the browser tests' sample workspace (server.ts). */
    runDir: string;
  }
}

/**
 * Hands each test file a folder of the run, removed when the run ends. Only a name: whatever goes
 * in it is built by the first file that needs it, so a run without browser tests pays nothing.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'fulcrum-run-'));
  project.provide('runDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
