import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import type { AppDeps } from './types.ts';
import { warmInBackground } from './warm.ts';

/** A listening server and how to stop it. */
export interface RunningServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Starts the app on host:port (port 0 picks a free one, for tests). */
export function startServer(deps: AppDeps, opts: { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(deps);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      warmInBackground(deps, 'start');
      resolve({
        port: info.port,
        url: `http://${host}:${info.port}/`,
        close: () => new Promise((done, fail) => server.close((e) => (e ? fail(e) : done()))),
      });
    });
    server.once('error', reject);
  });
}
