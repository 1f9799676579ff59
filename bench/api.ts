import { createApp } from '../src/server/index.ts';
import { createApiToken, type Workspace } from '../src/services/index.ts';
import { insertUser } from '../src/store/index.ts';

/**
 * Per analysis route: the first request's time (computed: the result cache is empty) and the p95
 * of `runs` warm repeats (answered from the cache until the next import), in-process, no network.
 */
export async function apiP95(
  ws: Workspace,
  runs = 20,
): Promise<Array<{ route: string; first: number; p95: number; median: number }>> {
  const silent = { info: () => undefined, error: () => undefined };
  const app = createApp({ workspace: ws, clock: () => new Date(), logger: silent, version: 'bench' });
  // A throwaway analyst: the bench measures what a signed-in client waits for.
  const user = insertUser(ws.store, {
    login: `bench-${Date.now()}`,
    name: 'bench',
    role: 'analyst',
    passwordHash: 'x',
  });
  const { token } = createApiToken(ws, user, 'bench');
  const headers = { authorization: `Bearer ${token}` };
  const routes = [
    '/api/formula?model=profit',
    '/api/compare?model=profit',
    '/api/levers?model=profit',
    '/api/constraint?model=profit&by=store',
  ];
  const out = [];
  for (const route of routes) {
    const t1 = performance.now();
    const res1 = await app.request(route, { headers });
    if (res1.status !== 200) throw new Error(`bench ${route}: ${res1.status} ${await res1.text()}`);
    await res1.arrayBuffer();
    const first = (performance.now() - t1) / 1000;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const res = await app.request(route, { headers });
      await res.arrayBuffer();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    out.push({
      route,
      first,
      p95: times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)]! / 1000,
      median: times[Math.floor(times.length / 2)]! / 1000,
    });
  }
  return out;
}
