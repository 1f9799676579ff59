/**
 * Min-heap of (time, slot): the next purchase of every live client. Popping in time order makes
 * the order file come out sorted by timestamp (and order ids rise with time) without ever
 * holding a month of orders. Keys and slots live in typed arrays: no per-event objects.
 */
export class EventHeap {
  private keys = new Float64Array(1024);
  private slots = new Int32Array(1024);
  private n = 0;

  get size(): number {
    return this.n;
  }

  /** Time of the earliest event; Infinity when empty. */
  topTime(): number {
    return this.n > 0 ? this.keys[0]! : Infinity;
  }

  /** Slot of the earliest event (undefined behaviour when empty). */
  topSlot(): number {
    return this.slots[0]!;
  }

  push(time: number, slot: number): void {
    if (this.n === this.keys.length) this.grow();
    let i = this.n++;
    const keys = this.keys;
    const slots = this.slots;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= time) break;
      keys[i] = keys[parent]!;
      slots[i] = slots[parent]!;
      i = parent;
    }
    keys[i] = time;
    slots[i] = slot;
  }

  /** Removes the earliest event. */
  pop(): void {
    const last = --this.n;
    if (last > 0) this.siftDown(this.keys[last]!, this.slots[last]!);
  }

  /** Gives the earliest event a new, later time (cheaper than pop + push). */
  replaceTop(time: number): void {
    this.siftDown(time, this.slots[0]!);
  }

  private siftDown(time: number, slot: number): void {
    const keys = this.keys;
    const slots = this.slots;
    const n = this.n;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= time) break;
      keys[i] = keys[child]!;
      slots[i] = slots[child]!;
      i = child;
    }
    keys[i] = time;
    slots[i] = slot;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const slots = new Int32Array(this.slots.length * 2);
    slots.set(this.slots);
    this.slots = slots;
  }
}
