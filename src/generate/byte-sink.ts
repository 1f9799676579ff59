/**
 * A CSV file built as bytes. Formatting numbers and ids straight into a Buffer allocates nothing
 * per line; building lines as JS strings spent over a third of the time in the garbage collector.
 * The caller flushes when `pending` passes CHUNK; flush hands the filled buffer to the stream (a
 * fresh one takes its place, the stream owns the old one) and awaits 'drain' when the disk is
 * slower than the generator, so memory stays bounded by a few chunks.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';

/** Bytes buffered before a write. */
export const CHUNK = 1 << 20;

const COMMA = 44;

/** A CSV being written; `stream` null discards everything (calibration runs). */
export class ByteSink {
  /** Data rows written (header excluded). */
  rows = 0;
  pos = 0;
  buf: Buffer = Buffer.allocUnsafeSlow(CHUNK * 2);

  private constructor(private readonly stream: WriteStream | null) {}

  /** True for a discarding sink: writers may then skip formatting altogether. */
  get discards(): boolean {
    return this.stream === null;
  }

  /** Opens `path` (or a discarding sink when path is null) and writes the header. */
  static open(path: string | null, header: string): ByteSink {
    const stream = path === null ? null : createWriteStream(path, { highWaterMark: 4 * CHUNK });
    const sink = new ByteSink(stream);
    sink.text(header + '\n');
    return sink;
  }

  /** Makes room for `n` more bytes (rows are written between flushes without bound checks). */
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(bigger, 0, 0, this.pos);
    this.buf = bigger;
  }

  /** Any string (UTF-8); for headers and rare rows, not the hot path. */
  text(s: string): void {
    this.ensure(Buffer.byteLength(s));
    this.pos += this.buf.write(s, this.pos);
  }

  /** Pre-encoded bytes (names, separators). */
  bytes(b: Uint8Array): void {
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < b.length; i++) buf[p++] = b[i]!;
    this.pos = p;
  }

  /** Copies `len` bytes already written at `from` (the shared head of an order's lines). */
  repeat(from: number, len: number): void {
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < len; i++) buf[p++] = buf[from + i]!;
    this.pos = p;
  }

  byte(c: number): void {
    this.buf[this.pos++] = c;
  }

  comma(): void {
    this.buf[this.pos++] = COMMA;
  }

  /** A non-negative integer in decimal. */
  uint(n: number): void {
    this.padded(n, 1);
  }

  /** A non-negative integer left-padded with zeros to at least `width` digits. */
  padded(n: number, width: number): void {
    // Int32 arithmetic is several times faster than Math.floor on doubles; ids and amounts fit.
    const small = n < 0x7fffffff;
    let len = 1;
    for (let x = n; x >= 10; x = small ? (x / 10) | 0 : Math.floor(x / 10)) len++;
    if (len < width) len = width;
    const buf = this.buf;
    let p = this.pos + len;
    this.pos = p;
    for (let i = 0; i < len; i++) {
      const q = small ? (n / 10) | 0 : Math.floor(n / 10);
      buf[--p] = 48 + (n - q * 10);
      n = q;
    }
  }

  /** Two digits, 0 … 99 (clock fields, kopecks). */
  two(n: number): void {
    const tens = (n / 10) | 0;
    this.buf[this.pos++] = 48 + tens;
    this.buf[this.pos++] = 48 + n - tens * 10;
  }

  /** Kopecks as roubles with two decimals and a decimal point: 123405 → "1234.05". */
  money(kopecks: number): void {
    const rub = Math.floor(kopecks / 100);
    this.uint(rub);
    this.buf[this.pos++] = 46;
    this.two(kopecks - rub * 100);
  }

  /** Hands the buffer to the stream, waiting while the stream is over its high-water mark. */
  async flush(): Promise<void> {
    const chunk = this.buf.subarray(0, this.pos);
    this.pos = 0;
    if (this.stream === null || chunk.length === 0) return;
    this.buf = Buffer.allocUnsafeSlow(Math.max(CHUNK * 2, this.buf.length));
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Abandons the file after a failure (the partial file is left for inspection). */
  destroy(): void {
    this.stream?.destroy();
  }

  /** Flushes and closes; resolves when the file is complete on disk. */
  async close(): Promise<void> {
    await this.flush();
    if (this.stream === null) return;
    this.stream.end();
    await finished(this.stream);
  }
}
