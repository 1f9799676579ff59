import { describe, expect, it } from 'vitest';
import { ByteSink } from '../../src/generate/byte-sink.ts';
import { buildCalendar } from '../../src/generate/calendar.ts';
import { money, writeTimestamp } from '../../src/generate/format.ts';

function written(fill: (s: ByteSink) => void): string {
  const sink = ByteSink.open(null, '');
  sink.pos = 0;
  fill(sink);
  return sink.buf.toString('utf8', 0, sink.pos);
}

describe('ByteSink', () => {
  it('writes money with two decimals and a decimal point', () => {
    const cases: [number, string][] = [
      [0, '0.00'],
      [5, '0.05'],
      [120, '1.20'],
      [123405, '1234.05'],
      [4_000_000_000_07, '4000000000.07'],
    ];
    for (const [kopecks, text] of cases) {
      expect(written((s) => s.money(kopecks))).toBe(text);
      expect(money(kopecks)).toBe(text);
    }
  });

  it('pads ids and writes integers beyond 32 bits', () => {
    expect(written((s) => s.padded(123, 7))).toBe('0000123');
    expect(written((s) => s.padded(123_456_789, 8))).toBe('123456789');
    expect(written((s) => s.uint(0))).toBe('0');
    expect(written((s) => s.uint(9_007_199_254_740_991))).toBe('9007199254740991');
  });

  it('repeats a written span and grows on demand', () => {
    const text = written((s) => {
      s.text('ab,');
      s.repeat(0, 3);
      s.ensure(10_000_000);
      s.bytes(new Uint8Array([120]));
    });
    expect(text).toBe('ab,ab,x');
  });

  it('writes timestamps', () => {
    const cal = buildCalendar('2026-11-01');
    const ts = Date.UTC(2024, 1, 29, 7, 5, 9) / 1000;
    expect(written((s) => writeTimestamp(s, cal, ts))).toBe('2024-02-29 07:05:09');
  });
});
