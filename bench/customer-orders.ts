/**
 * The customers bench's data: N customers buying by the BG/NBD story (Poisson purchases at a rate
 * λ ~ Gamma(r, α) per day, dropout p ~ Beta(a, b) after each purchase) with Gamma-Gamma spend, over
 * three years, so the CLV fits have a known truth to land near. Deterministic (one seed), written
 * once as orders.csv in time order, the way a CRM exports it, and cached beside a `.generated` mark.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../src/generate/prng.ts';
import { beta, exponential, gamma } from '../src/generate/distributions.ts';

/** Purchase and spend parameters per day, chosen to give about 4.4 orders per customer. */
export const TRUTH = { r: 0.55, alpha: 44, a: 0.7, b: 2.6, p: 4, q: 3, gamma: 2000 } as const;

const DAYS = 1096;
const START = Date.UTC(2023, 10, 1);
// One purchase day in twelve gets a second order: the summary must count it once.
const SAME_DAY_SHARE = 1 / 12;
// Sort keys pack the second of the history (< 2^27) above the row index (< 2^26): exact in a double.
const KEY_SHIFT = 2 ** 26;

export interface CustomerOrders {
  file: string;
  customers: number;
  orders: number;
}

/** Writes (once) and returns the orders file of `customers` customers under `outDir`. */
export function ensureCustomerOrders(outDir: string, customers: number, seed = 11): CustomerOrders {
  const dir = join(outDir, `customers-${customers}`);
  const file = join(dir, 'orders.csv');
  const mark = join(dir, '.generated');
  if (existsSync(mark)) return { file, customers, orders: Number(readFileSync(mark, 'utf8').split(',')[0]) };
  mkdirSync(dir, { recursive: true });
  const orders = writeOrders(file, customers, seed);
  writeFileSync(mark, `${orders},${customers}\n`);
  return { file, customers, orders };
}

function writeOrders(file: string, customers: number, seed: number): number {
  const rng = createRng(seed);
  let cap = customers * 6;
  let who = new Int32Array(cap);
  let when = new Float64Array(cap);
  let value = new Float64Array(cap);
  let n = 0;
  const push = (c: number, t: number, v: number) => {
    if (n === cap) {
      cap *= 2;
      const [w2, t2, v2] = [new Int32Array(cap), new Float64Array(cap), new Float64Array(cap)];
      w2.set(who);
      t2.set(when);
      v2.set(value);
      [who, when, value] = [w2, t2, v2];
    }
    who[n] = c;
    when[n] = t;
    value[n] = v;
    n++;
  };
  const { r, alpha, a, b, p, q, gamma: g } = TRUTH;
  for (let c = 0; c < customers; c++) {
    // Acquisition spread evenly over the three years; customer ids in acquisition order.
    const first = (c + rng()) * (DAYS / customers);
    const lambda = gamma(rng, r, 1 / alpha);
    const drop = beta(rng, a, b);
    const nu = gamma(rng, q, 1 / g);
    const spend = () => Math.max(1, Math.round(gamma(rng, p, 1 / nu) * 100) / 100);
    let t = first;
    for (;;) {
      push(c, t, spend());
      if (rng() < SAME_DAY_SHARE) push(c, t + rng() * (Math.ceil(t) - t), spend());
      if (t > first && rng() < drop) break;
      t += exponential(rng, 1 / lambda);
      if (t >= DAYS) break;
    }
  }
  // Time order, as exports come.
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) key[i] = Math.floor(when[i]! * 86_400) * KEY_SHIFT + i;
  if (n >= KEY_SHIFT) throw new Error('customer bench: too many orders for the sort key');
  key.sort();
  const day = Array.from({ length: DAYS }, (_, d) =>
    new Date(START + d * 86_400_000).toISOString().slice(0, 10),
  );
  const two = (v: number) => (v < 10 ? `0${v}` : String(v));
  const fd = openSync(file, 'w');
  writeSync(fd, 'order_id,customer_id,ts,revenue\n');
  let chunk: string[] = [];
  for (let k = 0; k < n; k++) {
    const i = key[k]! % KEY_SHIFT;
    const sec = Math.floor(key[k]! / KEY_SHIFT);
    const d = Math.floor(sec / 86_400);
    const s = sec % 86_400;
    const ts = `${day[d]} ${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
    const id = String(who[i]! + 1).padStart(7, '0');
    chunk.push(`O${String(k + 1).padStart(8, '0')},C${id},${ts},${value[i]!.toFixed(2)}\n`);
    if (chunk.length === 100_000) {
      writeSync(fd, chunk.join(''));
      chunk = [];
    }
  }
  writeSync(fd, chunk.join(''));
  closeSync(fd);
  return n;
}
