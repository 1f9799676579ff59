import type { Capabilities, ColumnResult, Driver, Param, Row } from './engine.ts';

/** How an on-demand driver opens its engine and how long it keeps it open when idle. */
export interface OnDemandOptions {
  /** Opens the engine (waiting for a file lock, applying per-connection settings). */
  open(): Promise<Driver>;
  /** Close this long after the last use ends (ms). */
  idleMs: number;
  /** The engine's capabilities, known without opening it. */
  capabilities: Capabilities;
}

/**
 * A driver that opens its engine on first use and closes it when nothing has used it for
 * `idleMs`. `fulcrum serve` reads the warehouse through one, so between requests the file is free
 * for a CLI command in another terminal (DuckDB lets one process hold a file; see
 * docs/architecture.md, "One warehouse, two processes"). `hold` keeps it open across a whole
 * request or import, whose temp tables and transaction live on one connection.
 */
export class OnDemandDriver implements Driver {
  private driver: Driver | null = null;
  private opening: Promise<Driver> | null = null;
  private users = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly opts: OnDemandOptions) {}

  /** Whether the engine is open now (tests and logs). */
  get isOpen(): boolean {
    return this.driver !== null;
  }

  /** Runs `fn` with the engine kept open from its first use until `fn` ends. */
  async hold<T>(fn: () => Promise<T>): Promise<T> {
    this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private acquire(): void {
    this.users += 1;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private release(): void {
    this.users -= 1;
    if (this.users > 0) return;
    this.timer = setTimeout(() => void this.closeIdle(), this.opts.idleMs);
    // An idle timer never keeps the process alive on its own.
    this.timer.unref?.();
  }

  private ready(): Promise<Driver> {
    if (this.driver) return Promise.resolve(this.driver);
    this.opening ??= this.opts
      .open()
      .then((d) => (this.driver = d))
      .finally(() => (this.opening = null));
    return this.opening;
  }

  private async closeIdle(): Promise<void> {
    this.timer = null;
    const d = this.driver;
    if (this.users > 0 || !d) return;
    this.driver = null;
    await d.close();
  }

  query(sql: string, params?: readonly Param[]): Promise<Row[]> {
    return this.hold(async () => (await this.ready()).query(sql, params));
  }

  queryColumns(sql: string, params?: readonly Param[]): Promise<ColumnResult> {
    return this.hold(async () => (await this.ready()).queryColumns(sql, params));
  }

  /** Held from the first batch until the last is read or the reader stops early. */
  async *stream(sql: string, params?: readonly Param[]): AsyncIterable<Row[]> {
    this.acquire();
    try {
      yield* (await this.ready()).stream(sql, params);
    } finally {
      this.release();
    }
  }

  exec(sql: string): Promise<void> {
    return this.hold(async () => (await this.ready()).exec(sql));
  }

  /** The statements `fn` runs come back through this driver, already open, so nest under the hold. */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.hold(async () => (await this.ready()).transaction(fn));
  }

  capabilities(): Capabilities {
    return this.opts.capabilities;
  }

  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const d = this.driver ?? (this.opening ? await this.opening.catch(() => null) : null);
    this.driver = null;
    await d?.close();
  }
}
