/**
 * Writes one order as its lines and keeps the monthly totals the costs file needs. Money is
 * integer kopecks: revenue = gross − discount exactly, and monthly COGS is an exact sum of the
 * line costs that were written.
 */
import type { ByteSink } from './byte-sink.ts';
import { dayOf } from './calendar.ts';
import type { CustomerPool } from './customer-pool.ts';
import { geometricByLog, pick } from './distributions.ts';
import { writeTimestamp } from './format.ts';
import type { Model } from './model.ts';
import { fromTable, lognormalTable } from './normal-table.ts';
import { buildOrderTables, type OrderTables } from './order-tables.ts';
import type { Rng } from './prng.ts';

/** Spread of a line's unit price around the category × client × store price, and of its margin. */
const PRICE_NOISE = lognormalTable(0.3);
const MARGIN_NOISE = lognormalTable(0.1);

/** Psychological pricing: 1 299 rather than 1 304. */
function shelfPrice(x: number): number {
  return x >= 100 ? Math.round(x / 10) * 10 - 1 : Math.max(1, Math.round(x));
}

export class OrderWriter {
  orders = 0;
  /** Kopecks per calendar month. */
  readonly revenue: Float64Array;
  readonly cost: Float64Array;
  private readonly t: OrderTables;

  constructor(
    private readonly m: Model,
    private readonly rng: Rng,
    private readonly pool: CustomerPool,
    private readonly sink: ByteSink,
  ) {
    this.t = buildOrderTables(m.profile);
    this.revenue = new Float64Array(m.cal.months);
    this.cost = new Float64Array(m.cal.months);
  }

  /** Appends the lines of one order by the client in `slot` at `ts`; returns the line count. */
  write(slot: number, ts: number): number {
    const { m, rng, pool, sink, t } = this;
    const { profile, cal } = m;
    const store = pool.store[slot]!;
    let channel = pool.channel[slot]!;
    if (pool.isNew[slot] === 1) pool.isNew[slot] = 0;
    else {
      const r = m.repeatChannel[pick(rng, m.repeatPick)]!;
      if (r >= 0) channel = r;
    }
    const staff = t.linesLog[store]!;
    const manager = profile.stickyManager ? pool.manager[slot]! : Math.floor(rng() * staff.length);
    const month = cal.dayMonth[dayOf(cal, ts)]!;
    const lines = 1 + Math.min(geometricByLog(rng, staff[manager]!), profile.lines.max - 1);
    // Calibration only counts lines: the basket draws would not change the count.
    if (sink.discards) return lines;
    const itemsLog = t.itemsLog[store]![manager]!;
    const priceBase = pool.tier[slot]! * t.storePrice[store]! * m.priceIndex[month]!;
    const discountShare = m.discountShare[month]!;
    const rates = profile.discount.rates;
    const chan = t.channelBytes[channel]!;
    const tail = t.tailBytes[store]![manager]!;
    sink.ensure(lines * t.maxLine);
    // order_id, customer_id and ts are written once and copied onto the order's other lines.
    const headAt = sink.pos;
    sink.byte(79); // O
    sink.padded(++this.orders, 8);
    sink.comma();
    sink.byte(67); // C
    sink.padded(pool.id[slot]!, 7);
    sink.comma();
    writeTimestamp(sink, cal, ts);
    sink.comma();
    const headLen = sink.pos - headAt;
    let revenueSum = 0;
    let costSum = 0;
    for (let i = 0; i < lines; i++) {
      const c = pick(rng, m.categoryPick);
      const items = 1 + geometricByLog(rng, itemsLog[c]!);
      const gross = items * shelfPrice(t.categoryPrice[c]! * priceBase * fromTable(rng, PRICE_NOISE)) * 100;
      const rate = rng() < discountShare ? rates[Math.floor(rng() * rates.length)]! : 0;
      const revenue = Math.round(gross * (1 - rate));
      const cost = Math.round(
        gross * (1 - Math.min(0.9, t.categoryMargin[c]! * fromTable(rng, MARGIN_NOISE))),
      );
      revenueSum += revenue;
      costSum += cost;
      if (i > 0) sink.repeat(headAt, headLen);
      sink.money(revenue);
      sink.comma();
      sink.uint(items);
      sink.comma();
      sink.money(cost);
      sink.bytes(chan);
      sink.money(gross - revenue);
      sink.bytes(tail);
      sink.bytes(t.categoryBytes[c]!);
    }
    this.revenue[month] = this.revenue[month]! + revenueSum;
    this.cost[month] = this.cost[month]! + costSum;
    sink.rows += lines;
    return lines;
  }
}
