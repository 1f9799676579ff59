/**
 * State of the clients still able to buy, as parallel typed arrays indexed by slot.
 *
 * Why this shape: the generator must reach 100M order lines without holding orders, so the only
 * state that grows is the set of live clients. A client leaves the pool when they drop out
 * (BG/NBD: after a purchase, with probability `drop`) or when their next purchase would fall
 * after the history ends, and their slot is reused. Memory is therefore O(clients alive at once)
 * at ~20 bytes each (plus 12 in the heap), outside the JS heap: ~10M live clients ≈ 320 MB.
 */
export class CustomerPool {
  /** Client number (the "123" of "C0000123"). */
  id = new Uint32Array(0);
  /** Mean gap between candidate purchases, seconds, at peak demand (thinning envelope). */
  gap = new Float32Array(0);
  /** Dropout probability after each purchase. */
  drop = new Float32Array(0);
  /** Price tier multiplier. */
  tier = new Float32Array(0);
  store = new Uint8Array(0);
  channel = new Uint8Array(0);
  manager = new Uint8Array(0);
  /** 1 until the first order is written: the first order uses the acquisition channel. */
  isNew = new Uint8Array(0);
  private free: number[] = [];
  private used = 0;

  /** Live clients. */
  get size(): number {
    return this.used - this.free.length;
  }

  /** Takes a free slot, growing the arrays by doubling when none is left. */
  alloc(): number {
    const reused = this.free.pop();
    if (reused !== undefined) return reused;
    if (this.used === this.id.length) this.grow(Math.max(1024, this.used * 2));
    return this.used++;
  }

  /** Returns a slot for reuse. */
  release(slot: number): void {
    this.free.push(slot);
  }

  private grow(n: number): void {
    this.id = copy(this.id, new Uint32Array(n));
    this.gap = copy(this.gap, new Float32Array(n));
    this.drop = copy(this.drop, new Float32Array(n));
    this.tier = copy(this.tier, new Float32Array(n));
    this.store = copy(this.store, new Uint8Array(n));
    this.channel = copy(this.channel, new Uint8Array(n));
    this.manager = copy(this.manager, new Uint8Array(n));
    this.isNew = copy(this.isNew, new Uint8Array(n));
  }
}

function copy<T extends Uint32Array | Float32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
