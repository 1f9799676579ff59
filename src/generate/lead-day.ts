/**
 * One day of leads: drawn per channel, written in time order, and the converted ones turned into
 * clients whose first order is scheduled on the event heap. A lead counts as converted only when
 * that first order falls inside the history; otherwise it stays "accepted" (still in work), so
 * every converted lead points at a client with an order.
 */
import { DAY } from './calendar.ts';
import type { ByteSink } from './byte-sink.ts';
import type { CustomerPool } from './customer-pool.ts';
import { beta, gamma, lognormal, pick, poisson } from './distributions.ts';
import type { EventHeap } from './event-heap.ts';
import { encode, writeTimestamp } from './format.ts';
import type { Model } from './model.ts';
import type { Rng } from './prng.ts';
import { firstOrderTime, timeInDay } from './timing.ts';

const YEAR = 365.25 * DAY;
const ACCEPTED = encode('accepted,');
const REJECTED = encode('rejected,');
const CONVERTED = encode('converted,');

export class LeadDay {
  leads = 0;
  customers = 0;
  /** Leads per channel on the last generated day (spend is derived from them). */
  readonly perChannel: Int32Array;
  /** The day's leads as ts × 32 + channel: a numeric typed-array sort puts them in time order. */
  private keys = new Float64Array(1024);
  private readonly channelBytes: readonly Uint8Array[];
  /** Upper bound of one row's length in bytes. */
  private readonly maxLead: number;

  constructor(
    private readonly m: Model,
    private readonly rng: Rng,
    private readonly pool: CustomerPool,
    private readonly heap: EventHeap,
    private readonly sink: ByteSink,
  ) {
    this.perChannel = new Int32Array(m.channelIds.length);
    this.channelBytes = m.channelIds.map((c) => encode(`,${c},`));
    this.maxLead = 80 + Math.max(...this.channelBytes.map((b) => b.length));
  }

  /** Draws, writes and converts the leads of `day` (writes nothing during the warm-up). */
  run(day: number): void {
    const { m, rng } = this;
    const month = m.cal.dayMonth[day]!;
    let n = 0;
    for (let c = 0; c < m.channelIds.length; c++) {
      const count = poisson(rng, m.leadMean[c]![day]!);
      this.perChannel[c] = count;
      if (n + count > this.keys.length) this.grow(n + count);
      for (let i = 0; i < count; i++) this.keys[n++] = timeInDay(m, rng, day) * 32 + c;
    }
    const keys = this.keys.subarray(0, n).sort();
    // Warm-up days win clients but write nothing: their leads predate the export.
    const write = day >= m.cal.firstDay && !this.sink.discards;
    if (write) this.sink.ensure(n * this.maxLead);
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      const c = key % 32;
      const ts = (key - c) / 32;
      const spec = m.profile.channels[c]!;
      const u = rng();
      let status = ACCEPTED;
      let customer = 0;
      if (u < spec.rejected) status = REJECTED;
      else if (u < spec.rejected + m.conversion[c]![month]!) {
        const first = firstOrderTime(m, rng, ts);
        if (first !== Infinity) {
          status = CONVERTED;
          customer = this.newCustomer(c, first);
        }
      }
      if (write) this.writeLead(ts, c, status, customer);
    }
  }

  /** One row: lead_id, ts, channel, status, customer_id (empty unless converted). */
  private writeLead(ts: number, c: number, status: Uint8Array, customer: number): void {
    const sink = this.sink;
    sink.byte(76); // L
    sink.padded(++this.leads, 8);
    sink.comma();
    writeTimestamp(sink, this.m.cal, ts);
    sink.bytes(this.channelBytes[c]!);
    sink.bytes(status);
    if (customer > 0) {
      sink.byte(67); // C
      sink.padded(customer, 7);
    }
    sink.byte(10);
    sink.rows++;
  }

  private grow(n: number): void {
    const keys = new Float64Array(Math.max(n, this.keys.length * 2));
    keys.set(this.keys);
    this.keys = keys;
  }

  /** Creates a client won by channel `c` and schedules their first order; returns their number. */
  private newCustomer(c: number, first: number): number {
    const { m, rng, pool } = this;
    const p = m.profile;
    const slot = pool.alloc();
    const store = pick(rng, m.storePick);
    const spec = p.stores[store]!;
    const perYear =
      gamma(rng, p.purchases.shape, p.purchases.perYear / p.purchases.shape) * (spec.frequency ?? 1);
    pool.id[slot] = ++this.customers;
    pool.gap[slot] = YEAR / (perYear * m.demandMax);
    pool.drop[slot] = beta(rng, p.purchases.dropA, p.purchases.dropB);
    pool.tier[slot] = lognormal(rng, p.tierSigma) * p.channels[c]!.check;
    pool.store[slot] = store;
    pool.channel[slot] = c;
    pool.manager[slot] = Math.floor(rng() * spec.managers.length);
    pool.isNew[slot] = 1;
    this.heap.push(first, slot);
    return this.customers;
  }
}
