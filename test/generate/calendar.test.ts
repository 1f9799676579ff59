import { describe, expect, it } from 'vitest';
import { buildCalendar, dayOf } from '../../src/generate/calendar.ts';
import { EventHeap } from '../../src/generate/event-heap.ts';
import { createRng } from '../../src/generate/prng.ts';

describe('buildCalendar', () => {
  it('writes the 36 months before the month of end, after a warm-up year', () => {
    const cal = buildCalendar('2026-11-01');
    expect(cal.dayText[cal.firstDay]).toBe('2023-11-01');
    expect(cal.dayText.at(-1)).toBe('2026-10-31');
    expect(cal.days - cal.firstDay).toBe(1096);
    expect(cal.monthText[cal.firstMonth]).toBe('2023-11-01');
    expect(cal.dayMonth[dayOf(cal, cal.historyTs)]).toBe(cal.firstMonth);
    expect(cal.dayWeekday[cal.firstDay]).toBe(2); // 2023-11-01 was a Wednesday
  });

  it('rounds a mid-month end down to its month', () => {
    expect(buildCalendar('2026-11-15')).toEqual(buildCalendar('2026-11-01'));
  });
});

describe('EventHeap', () => {
  it('pops events in time order', () => {
    const heap = new EventHeap();
    const rng = createRng(1);
    const times = Array.from({ length: 5000 }, () => Math.floor(rng() * 1e6));
    times.forEach((t, i) => heap.push(t, i));
    const out: number[] = [];
    while (heap.size > 0) {
      out.push(heap.topTime());
      if (out.length % 3 === 0 && out.length < 3000) heap.replaceTop(heap.topTime() + 1e6);
      else heap.pop();
    }
    expect(out).toEqual([...out].sort((a, b) => a - b));
    expect(heap.topTime()).toBe(Infinity);
  });
});
