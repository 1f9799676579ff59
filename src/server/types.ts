import type { ActiveSession, Workspace } from '../services/index.ts';
import type { User } from '../store/index.ts';

/** Where the server writes what happened; the request id ties a 500 answer to its log line. */
export interface Logger {
  info(message: string, meta?: Record<string, unknown>): void;
  error(message: string, meta?: Record<string, unknown>): void;
}

/** Everything the HTTP app needs, injected so tests can swap any of it. */
export interface AppDeps {
  workspace: Workspace;
  clock: () => Date;
  logger: Logger;
  /** The built workbench (index.html and assets), served at `/`; a hint page when absent. */
  webDir?: string;
  limits?: { uploadBytes?: number };
  /**
   * Addresses of reverse proxies whose `X-Forwarded-For` names the real caller (`fulcrum serve
   * --trust-proxy`); from anyone else the header is ignored, since anyone can send it.
   */
  trustProxy?: readonly string[];
  version?: string;
  /**
   * Called after the server starts and after each import with the workspace, to prepare what the
   * workbench shows first (`fulcrum serve` passes warmFirstViews); tests leave it out.
   */
  warm?: (ws: Workspace) => Promise<void>;
}

/** Who is calling: a browser session (CSRF applies) or an API token (it does not). */
export type Identity =
  { via: 'session'; user: User; session: ActiveSession } | { via: 'token'; user: User; tokenId: number };

/** Hono's context variables for this app. */
export interface AppEnv {
  Variables: {
    requestId: string;
    identity: Identity | null;
  };
}
