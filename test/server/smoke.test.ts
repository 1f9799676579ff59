import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/index.ts';
import { openWorkspace } from '../../src/services/index.ts';
import { memoryLogger } from './helpers.ts';

describe('a real server', () => {
  it('listens on a free port and answers over HTTP', async () => {
    const workspace = await openWorkspace(':memory:');
    const server = await startServer(
      { workspace, clock: () => new Date(), logger: memoryLogger(), version: 'smoke' },
      { port: 0, host: '127.0.0.1' },
    );
    try {
      expect(server.port).toBeGreaterThan(0);
      const res = await fetch(`${server.url}api/health`);
      expect(await res.json()).toEqual({ ok: true, version: 'smoke' });
      const denied = await fetch(`${server.url}api/formula`);
      expect(denied.status).toBe(401);
    } finally {
      await server.close();
      await workspace.close();
    }
  });
});
