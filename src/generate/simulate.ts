/**
 * The day loop. Each day: draw leads (new clients join the event heap), then pop every purchase
 * due before midnight in time order, writing orders and rescheduling or retiring the client, then
 * write the day's spend. Nothing but live clients and a few output chunks is held in memory.
 * During the warm-up year the same happens without writing (see calendar.ts).
 */
import { DAY } from './calendar.ts';
import { CHUNK, type ByteSink } from './byte-sink.ts';
import { CustomerPool } from './customer-pool.ts';
import { EventHeap } from './event-heap.ts';
import { LeadDay } from './lead-day.ts';
import type { Model } from './model.ts';
import { OrderWriter } from './order-writer.ts';
import { createRng } from './prng.ts';
import { writeSpendOfDay } from './spend-day.ts';
import { nextPurchaseTime } from './timing.ts';

/** The three streamed files. */
export interface Sinks {
  orders: ByteSink;
  leads: ByteSink;
  spend: ByteSink;
}

/** Monthly kopeck totals and counts of one run. */
export interface SimTotals {
  revenue: Float64Array;
  cost: Float64Array;
  lines: number;
  customers: number;
  /** Most clients alive at once (the memory high-water mark). */
  peakLive: number;
}

/** Lines between progress callbacks. */
const PROGRESS_EVERY = 100_000;

/** Runs the history; `onLines(done)` is called about every 100k order lines. */
export async function simulate(
  m: Model,
  seed: number,
  sinks: Sinks,
  onLines?: (done: number) => void,
): Promise<SimTotals> {
  const rng = createRng(seed);
  const pool = new CustomerPool();
  const heap = new EventHeap();
  const leads = new LeadDay(m, rng, pool, heap, sinks.leads);
  const orders = new OrderWriter(m, rng, pool, sinks.orders);
  let lines = 0;
  let nextReport = PROGRESS_EVERY;
  let peakLive = 0;
  for (let day = 0; day < m.cal.days; day++) {
    leads.run(day);
    peakLive = Math.max(peakLive, pool.size);
    const midnight = m.cal.startTs + (day + 1) * DAY;
    while (heap.topTime() < midnight) {
      const ts = heap.topTime();
      const slot = heap.topSlot();
      if (ts >= m.cal.historyTs) lines += orders.write(slot, ts);
      else pool.isNew[slot] = 0;
      const next = rng() < pool.drop[slot]! ? Infinity : nextPurchaseTime(m, rng, ts, pool.gap[slot]!);
      if (next === Infinity) {
        heap.pop();
        pool.release(slot);
      } else heap.replaceTop(next);
      if (sinks.orders.pos >= CHUNK) await sinks.orders.flush();
      if (lines >= nextReport) {
        onLines?.(lines);
        nextReport += PROGRESS_EVERY;
      }
    }
    if (day >= m.cal.firstDay) writeSpendOfDay(m, rng, day, leads.perChannel, sinks.spend);
    if (sinks.leads.pos >= CHUNK) await sinks.leads.flush();
    if (sinks.spend.pos >= CHUNK) await sinks.spend.flush();
  }
  return { revenue: orders.revenue, cost: orders.cost, lines, customers: leads.customers, peakLive };
}
