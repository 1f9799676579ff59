/**
 * Text helpers for the small files (spend, costs) and for writing times into a ByteSink. Money is
 * carried as integer kopecks end to end so that monthly COGS equals the sum of line costs exactly;
 * it becomes "123.45" only when written.
 */
import type { ByteSink } from './byte-sink.ts';
import { DAY, type Calendar } from './calendar.ts';

/** "1234.05" from 123405 kopecks (non-negative). */
export function money(kopecks: number): string {
  const rub = Math.floor(kopecks / 100);
  return `${rub}.${String(kopecks - rub * 100).padStart(2, '0')}`;
}

/** UTF-8 bytes of a string, for names written many times. */
export function encode(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'utf8'));
}

/** Writes "YYYY-MM-DD HH:MM:SS" of a timestamp inside the calendar. */
export function writeTimestamp(sink: ByteSink, cal: Calendar, ts: number): void {
  const rel = ts - cal.startTs;
  const day = Math.floor(rel / DAY);
  let sec = rel - day * DAY;
  sink.bytes(cal.dayBytes[day]!);
  sink.byte(32);
  const h = Math.floor(sec / 3600);
  sec -= h * 3600;
  const m = Math.floor(sec / 60);
  sink.two(h);
  sink.byte(58);
  sink.two(m);
  sink.byte(58);
  sink.two(sec - m * 60);
}
