import { describe, expect, it } from 'vitest';
import type { Driver, Row } from '../../src/engines/engine.ts';
import { OnDemandDriver } from '../../src/engines/on-demand.ts';
import { DuckDbDriver } from '../../src/engines/duckdb/index.ts';
import { lockHolder, openWhenFree } from '../../src/engines/duckdb/lock-wait.ts';
import { EngineError } from '../../src/engines/engine-error.ts';

/** A driver that counts how often it was opened and closed and answers every query with its opening number. */
function counting() {
  const log = { opens: 0, closes: 0 };
  const open = async (): Promise<Driver> => {
    const n = ++log.opens;
    const rows = async (): Promise<Row[]> => [{ n }];
    return {
      query: rows,
      queryColumns: () => Promise.reject(new Error('unused')),
      async *stream() {
        yield [{ n }];
        yield [{ n }];
      },
      exec: async () => {},
      transaction: (fn) => fn(),
      capabilities: () => DuckDbDriver.CAPABILITIES,
      close: async () => void log.closes++,
    };
  };
  return { log, driver: new OnDemandDriver({ open, idleMs: 40, capabilities: DuckDbDriver.CAPABILITIES }) };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the server lets the warehouse go between requests (on-demand driver)', () => {
  it('opens on first use, keeps one opening through a hold, and closes after the idle time', async () => {
    const { log, driver } = counting();
    expect(driver.isOpen).toBe(false);
    await driver.hold(async () => {
      const a = await driver.query('x');
      await pause(100); // longer than idleMs: the hold keeps it open
      const b = await driver.transaction(() => driver.query('y'));
      expect([a, b]).toEqual([[{ n: 1 }], [{ n: 1 }]]);
    });
    expect(driver.isOpen).toBe(true);
    await pause(100);
    expect(driver.isOpen).toBe(false);
    expect(log).toEqual({ opens: 1, closes: 1 });
    // The next use opens it again.
    expect(await driver.query('z')).toEqual([{ n: 2 }]);
    await driver.close();
    expect(log).toEqual({ opens: 2, closes: 2 });
  });

  it('a hold that never touches the engine opens nothing; a stream holds it until read', async () => {
    const { log, driver } = counting();
    await driver.hold(async () => pause(5));
    expect(log.opens).toBe(0);
    const batches: Row[][] = [];
    for await (const b of driver.stream('s')) {
      await pause(80);
      batches.push(b);
      expect(driver.isOpen).toBe(true);
    }
    expect(batches).toEqual([[{ n: 1 }], [{ n: 1 }]]);
    await pause(100);
    expect(log).toEqual({ opens: 1, closes: 1 });
  });

  it('waits for a lock another process holds, naming it, and gives up at the deadline', async () => {
    const lock = new EngineError(
      'duckdb',
      new Error(
        'IO Error: Could not set lock on file "/x.duckdb": Conflicting lock is held in /usr/bin/node (PID 4242).',
      ),
    );
    expect(lockHolder(lock)).toBe(4242);
    expect(lockHolder(new Error('Catalog Error: no table'))).toBeUndefined();
    let now = 0;
    let tries = 0;
    const told: Array<number | null> = [];
    const opened = await openWhenFree(
      async () => {
        tries += 1;
        if (tries < 4) throw lock;
        return 'open';
      },
      {
        waitMs: 10_000,
        tellAfterMs: 100,
        onWait: (p) => told.push(p),
        now: () => now,
        sleep: async (ms) => void (now += ms),
      },
    );
    expect([opened, tries, told]).toEqual(['open', 4, [4242]]);
    now = 0;
    await expect(
      openWhenFree(() => Promise.reject(lock), {
        waitMs: 1000,
        now: () => now,
        sleep: async (ms) => void (now += ms),
      }),
    ).rejects.toBe(lock);
    expect(now).toBe(1000);
  });
});
