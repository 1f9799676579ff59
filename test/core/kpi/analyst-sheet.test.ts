import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarSpec } from '../../../src/core/calendar/index.ts';
import {
  analystSheet,
  assessEntry,
  defaultAnalystPlan,
  type AnalystPlan,
  type RegisterEntry,
  type ReportNorm,
} from '../../../src/core/kpi/index.ts';
import { expectGolden } from '../../helpers/golden.ts';
import { plain } from './fixtures.ts';

const RU = JSON.parse(
  readFileSync(new URL('../../../data/calendars/ru.json', import.meta.url), 'utf8'),
) as CalendarSpec;
const calendar = buildCalendar(RU);
const norms: ReportNorm[] = [
  { type: 'weekly', name: 'Еженедельный отчёт', days: 1 },
  { type: 'cohort-study', name: 'Когортный анализ', days: 5 },
  { type: 'promo-study', name: 'Оценка акции', days: 3 },
];
const rules = (asOf: string) => ({
  acceptanceDays: 3,
  asOf,
  calendar,
  norms: new Map(norms.map((n) => [n.type, n])),
});

const regular = (id: string, due: string, delivered: string | null, remarks: RegisterEntry['remarks'] = []) =>
  ({
    id,
    kind: 'regular',
    type: 'weekly',
    title: `Каналы ${id}`,
    due,
    delivered,
    remarks,
  }) satisfies RegisterEntry;

describe('the 3-business-day acceptance rule', () => {
  const delivered = regular('R0', '2025-04-30', '2025-04-30');

  it('does not let a remark on the 4th business day over the May holidays block acceptance', () => {
    // Window after Wed 30 April 2025: 5, 6, 7 May (1–4 May off); 8–11 May off; 12 May is the 4th.
    const e = assessEntry(
      { ...delivered, remarks: [{ date: '2025-05-12', text: 'нет Директа' }] },
      rules('2025-06-01'),
    );
    expect(e.windowCloses).toBe('2025-05-07');
    expect(e.status).toBe('accepted');
    expect(e.blockingRemark).toBeNull();
  });

  it('blocks acceptance by a remark on the 3rd business day, 7 calendar days after delivery', () => {
    const e = assessEntry(
      { ...delivered, remarks: [{ date: '2025-05-07', text: 'нет Директа' }] },
      rules('2025-06-01'),
    );
    expect(e.status).toBe('remarked');
    expect(e.blockingRemark?.date).toBe('2025-05-07');
  });

  it('counts holidays: with weekends only the same remark on 6 May would be too late to block', () => {
    const weekendsOnly = { ...rules('2025-06-01'), calendar: buildCalendar({ weekend: ['sat', 'sun'] }) };
    const e = assessEntry({ ...delivered, remarks: [{ date: '2025-05-06', text: 'x' }] }, weekendsOnly);
    expect(e.status).toBe('accepted');
    expect(
      assessEntry({ ...delivered, remarks: [{ date: '2025-05-06', text: 'x' }] }, rules('2025-06-01')).status,
    ).toBe('remarked');
  });

  it('keeps a report pending while its window is open, and ignores what happens after the as-of date', () => {
    expect(assessEntry(delivered, rules('2025-05-07')).status).toBe('pending');
    expect(assessEntry(delivered, rules('2025-05-08')).status).toBe('accepted');
    const before = assessEntry(delivered, rules('2025-04-29'));
    expect(before).toMatchObject({ status: 'open', delivered: null, onTime: null });
  });
});

/**
 * Olga's May 2025 (as of 3 June), bonus 40 000 ₽:
 * R1 due 5 May, delivered 5 May, remark 12 May (window 6, 7, 12 May) → on time, remarked
 * R2 due 12 May, delivered 14 May → 2 business days late, accepted
 * R3 due 15 May, delivered 15 May, remark 21 May (window to 20 May) → on time, accepted
 * R4 due 19 May, not delivered → missing
 * A1 requested 14 May, agreed 23 May, delivered 22 May (6 business days, norm 5) → on time, accepted
 * A2 requested 20 May, no agreed date: norm 3 → due 23 May; delivered 27 May → late, accepted
 * R6 due 30 May, delivered 30 May, window to 4 June → on time, pending
 * R7 due 2 June → another month.
 * Due 7, delivered 6, on time 4, decided 5, accepted 4, pending 1.
 */
const may: RegisterEntry[] = [
  regular('R1', '2025-05-05', '2025-05-05', [{ date: '2025-05-12', text: 'нет Директа' }]),
  regular('R2', '2025-05-12', '2025-05-14'),
  regular('R3', '2025-05-15', '2025-05-15', [{ date: '2025-05-21', text: 'опечатка' }]),
  regular('R4', '2025-05-19', null),
  {
    id: 'A1',
    kind: 'adhoc',
    type: 'cohort-study',
    title: 'Когорты по городам',
    requested: '2025-05-14',
    agreed: '2025-05-23',
    delivered: '2025-05-22',
    remarks: [],
  },
  {
    id: 'A2',
    kind: 'adhoc',
    type: 'promo-study',
    title: 'Оценка акции',
    requested: '2025-05-20',
    delivered: '2025-05-27',
    remarks: [],
  },
  regular('R6', '2025-05-30', '2025-05-30'),
  regular('R7', '2025-06-02', null),
];
const opts = { calendar, norms, asOf: '2025-06-03' };

describe('the analyst sheet', () => {
  const plan: AnalystPlan = {
    ...defaultAnalystPlan('olga', '2025-05', 40_000),
    kpis: [
      { kpi: 'timeliness', weight: 0.4, plan: 0.7 },
      { kpi: 'completeness', weight: 0.3, plan: 1 },
      { kpi: 'quality', weight: 0.3, plan: 0.8 },
    ],
  };

  it('judges the month’s register and pays by hand-computed figures', () => {
    const s = analystSheet(plan, may, opts);
    expect(s.register.map((e) => [e.id, e.status, e.onTime, e.lateDays])).toEqual([
      ['R1', 'remarked', true, 0],
      ['R2', 'accepted', false, 2],
      ['R3', 'accepted', true, 0],
      ['R4', 'missing', false, 11],
      ['A1', 'accepted', true, 0],
      ['A2', 'accepted', false, 2],
      ['R6', 'pending', true, 0],
    ]);
    expect(s.counts).toEqual({
      due: 7,
      delivered: 6,
      onTime: 4,
      decided: 5,
      accepted: 4,
      pending: 1,
      open: 0,
    });
    // timeliness 4/7 ÷ 0,7 = 0,8163… → × 40% × 40 000 = 13 061,22
    // completeness 6/7 ÷ 1 = 0,8571… → × 30% × 40 000 = 10 285,71
    // quality 4/5 ÷ 0,8 = 1 → × 30% × 40 000 = 12 000,00
    expect(s.lines.map((l) => [l.kpi, l.amount])).toEqual([
      ['timeliness', 13061.22],
      ['completeness', 10285.71],
      ['quality', 12000],
    ]);
    expect(s.total).toBe(35346.93);
    expect(s.kind).toBe('analyst');
    expectGolden('kpi-analyst-sheet-2025-05', s);
    expect(s.lines[2]!.source).toEqual({
      kind: 'register',
      detail: 'accepted 4 of 5, 1 pending / принято без замечаний 4 из 5, ждут 1',
      text: { ru: 'принято без замечаний 4 из 5, ждут 1', en: 'accepted 4 of 5, 1 pending' },
    });
  });

  it('pays nothing for a KPI under the corridor floor (default plan: timeliness 4/7 of 90% = 63%)', () => {
    const s = analystSheet(defaultAnalystPlan('olga', '2025-05', 40_000), may, opts);
    expect(s.lines.map((l) => l.amount)).toEqual([0, 10285.71, 12000]);
    expect(s.total).toBe(22285.71);
  });

  it('explains every entry and line in words', () => {
    const s = analystSheet(plan, may, opts);
    const ru = (id: string) => plain(s.register.find((e) => e.id === id)!.explain.ru);
    expect(ru('R3')).toBe(
      'Отчёт «Каналы R3» (R3): срок 15.05.2025, сдан 15.05.2025 — в срок, замечаний в течение 3 раб. дн. (до 20.05.2025) не было → принят (замечание 21.05.2025 пришло после окна и приёмку не блокирует)',
    );
    expect(ru('A2')).toBe(
      'Запрос «Оценка акции» (A2): срок 23.05.2025 (по норме: запрос 20.05.2025 + 3 раб. дн.), сдан 27.05.2025 — с опозданием на 2 раб. дн., подготовлен за 5 раб. дн. при норме 3, замечаний в течение 3 раб. дн. (до 30.05.2025) не было → принят',
    );
    expect(s.register.find((e) => e.id === 'R4')!.explain.en).toBe(
      'Report "Каналы R4" (R4): due 2025-05-19, not delivered, 11 business days overdue → late, not delivered',
    );
    expect(plain(s.lines[0]!.explain.ru)).toBe(
      'Своевременность: 57,1% из 70% = 81,6% → в коридоре 70–140% → 0,8163 × 40% × 40 000 ₽ = 13 061,22 ₽',
    );
  });

  it('pays a KPI through base / norm / target as well as through the corridor', () => {
    const s = analystSheet(
      {
        ...plan,
        kpis: [
          { kpi: 'timeliness', weight: 0.5, plan: 0.7 },
          // quality 0,8: between norm 0,75 and target 0,95 → 1 + (1,2 − 1) × 0,05 / 0,2 = 1,05
          { kpi: 'quality', weight: 0.5, base: 0.5, norm: 0.75, target: 0.95, cap: 1.2 },
        ],
      },
      may,
      opts,
    );
    expect(s.lines[1]!.paidCompletion).toBeCloseTo(1.05, 12);
    // 1,05 × 50% × 40 000 = 21 000; timeliness 0,8163… × 50% × 40 000 = 16 326,53
    expect(s.lines.map((l) => l.amount)).toEqual([16326.53, 21000]);
    expect(s.total).toBe(37326.53);
  });

  it('gives "no data", never 0, for a month with nothing due', () => {
    const s = analystSheet(plan, [regular('R9', '2025-05-30', null)], { ...opts, asOf: '2025-05-20' });
    expect(s.counts.open).toBe(1);
    expect(s.lines.map((l) => l.fact)).toEqual([null, null, null]);
    expect(s.total).toBeNull();
    expect(s.missing).toEqual(['timeliness', 'completeness', 'quality']);
  });

  it('refuses bad input with the entry or field named', () => {
    const bad =
      (entries: RegisterEntry[], p: AnalystPlan = plan) =>
      () =>
        analystSheet(p, entries, opts);
    expect(bad([regular('X', '2025-05-05', '2025-05-06', [{ date: '2025-05-05', text: 'x' }])])).toThrow(
      'register entry "X": a remark on 2025-05-05 is before the delivery on 2025-05-06',
    );
    expect(bad([regular('X', '2025-05-05', null, [{ date: '2025-05-07', text: 'x' }])])).toThrow(
      'not delivered',
    );
    expect(bad([regular('X', '2025-05-05', null), regular('X', '2025-05-06', null)])).toThrow(
      'appears twice',
    );
    expect(bad([regular('X', '2025-02-30', null)])).toThrow('"2025-02-30" is not a date');
    expect(bad([{ ...may[4]!, agreed: null, type: 'unknown' }])).toThrow(
      'ad-hoc request "A1" needs an agreed date, or a requested date and a time norm for type "unknown"',
    );
    expect(bad([{ ...may[4]!, delivered: '2025-05-13' }])).toThrow(
      'delivered 2025-05-13 before it was requested',
    );
    expect(bad([{ ...regular('X', '2025-05-05', null), kind: 'weekly' as 'regular' }])).toThrow(
      'kind "weekly"',
    );
    expect(bad(may, { ...plan, kpis: [{ kpi: 'timeliness', weight: 0.5, plan: 1 }] })).toThrow(
      'sum to 0.5, not 1',
    );
    expect(bad(may, { ...plan, kpis: [{ kpi: 'speed' as 'quality', weight: 1, plan: 1 }] })).toThrow(
      'analyst KPI "speed"',
    );
    expect(bad(may, { ...plan, period: '2025-5' })).toThrow('expected YYYY-MM');
    expect(bad(may, { ...plan, acceptanceDays: 0 })).toThrow('acceptance window 0');
  });
});

describe('the analyst sheet in a year the calendar has no decree for', () => {
  const plan = (period: string): AnalystPlan => defaultAnalystPlan('olga', period, 40_000);
  const at = (period: string) =>
    analystSheet(plan(period), [], { calendar, norms, asOf: `${period}-28` }).calendarNote;

  it('says the transfers are estimated, in both languages, for 2027 and for December 2026', () => {
    expect(at('2027-05')?.ru).toMatch(/нет постановления о переносах на 2027.*ст\. 112/);
    expect(at('2027-05')?.en).toMatch(/no transfer decree for 2027.*art\. 112/);
    // December's deadlines and acceptance windows run into January 2027.
    expect(at('2026-12')?.en).toMatch(/for 2027/);
  });

  it('says nothing for months the decrees cover', () => {
    expect(at('2025-05')).toBeUndefined();
    expect(at('2026-06')).toBeUndefined();
  });

  it('deadlines in May 2027 step over the estimated transfers', () => {
    // A one-day report requested on Friday 30 April 2027: 1 May (Sat) and 3 May (its move) are
    // off, 2 May is Sunday, so the deadline is Tuesday 4 May.
    const entry: RegisterEntry = {
      id: 'W',
      kind: 'adhoc',
      type: 'weekly',
      title: 'Еженедельный отчёт',
      requested: '2027-04-30',
      delivered: null,
      remarks: [],
    };
    const e = assessEntry(entry, rules('2027-05-31'));
    expect(e.deadline).toBe('2027-05-04');
  });
});
