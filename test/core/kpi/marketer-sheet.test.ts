import { describe, expect, it } from 'vitest';
import { marketerSheet } from '../../../src/core/kpi/index.ts';
import { expectGolden } from '../../helpers/golden.ts';
import { marchFacts, marchPlan, plain } from './fixtures.ts';

const line = (s: ReturnType<typeof marketerSheet>, kpi: string) => s.lines.find((l) => l.kpi === kpi)!;

describe('the marketer sheet (METHODOLOGY §3), figures computed by hand', () => {
  const sheet = marketerSheet(marchPlan(), marchFacts());

  it('leads 88 of 100 with a 30 000 ₽ bonus pay 0,88 × 70% × 70% × 30 000 = 12 936,00 ₽ before quality', () => {
    const l = line(sheet, 'leads');
    expect(l).toMatchObject({ weight: 0.7, plan: 100, fact: 88, completion: 0.88, paidCompletion: 0.88 });
    expect(l.amount).toBe(12936);
    expect(plain(l.explain.ru)).toBe(
      'Лиды: 88 из 100 = 88% → в коридоре 70–140% → 0,88 × 70% × 70% × 30 000 ₽ = 12 936,00 ₽',
    );
    expect(plain(l.explain.en)).toBe(
      'Leads: 88 of 100 = 88% → within the 70–140% corridor → 0.88 × 70% × 70% × RUB 30,000 = RUB 12,936.00',
    );
  });

  it('new clients 36% of 40% pay 0,9 × 30% × 70% × 30 000 = 5 670,00 ₽', () => {
    expect(line(sheet, 'new_client_share').amount).toBe(5670);
  });

  it('quality 60% of 75% = 0,8 scales part 1: 18 606,00 × 0,8 = 14 884,80 ₽', () => {
    const p1 = sheet.parts[0]!;
    expect(p1).toMatchObject({ id: 'leads', subtotal: 18606, amount: 14884.8 });
    expect(p1.coefficient).toBeCloseTo(0.8, 12);
    expect(plain(p1.explain!.ru)).toBe(
      'Доля принятых лидов: 60% из 75% → коэффициент качества 0,8 (не выше 100%) → 18 606,00 ₽ × 0,8 = 14 884,80 ₽',
    );
  });

  it('tasks pay weight × completion from 50%: 3 600 + 0 (40% < 50%) + 1 800 = 5 400 ₽', () => {
    expect(line(sheet, 'task:mailing').amount).toBe(3600);
    expect(line(sheet, 'task:landing')).toMatchObject({ completion: 0.4, paidCompletion: 0, amount: 0 });
    expect(line(sheet, 'task:report').amount).toBe(1800);
    expect(sheet.parts[1]!.amount).toBe(5400);
  });

  it('total = 14 884,80 + 5 400 + 2 000 = 22 284,80 ₽', () => {
    expect(sheet.total).toBe(22284.8);
    expect(sheet.missing).toEqual([]);
  });

  it('pays nothing under the 70% floor and 140% over the cap', () => {
    const below = marketerSheet(marchPlan(), { ...marchFacts(), leads: { value: 69 } });
    expect(line(below, 'leads')).toMatchObject({ paidCompletion: 0, amount: 0 });
    expect(plain(line(below, 'leads').explain.ru)).toBe('Лиды: 69 из 100 = 69% → ниже порога 70% → 0,00 ₽');
    const above = marketerSheet(marchPlan(), { ...marchFacts(), leads: { value: 150 } });
    // 1,4 × 0,7 × 0,7 × 30 000 = 20 580
    expect(line(above, 'leads')).toMatchObject({ completion: 1.5, paidCompletion: 1.4, amount: 20580 });
  });

  it('caps quality at 100% with no lower bound', () => {
    const high = marketerSheet(marchPlan(), { ...marchFacts(), acceptedShare: { value: 0.9 } });
    expect(high.parts[0]!.coefficient).toBe(1);
    const low = marketerSheet(marchPlan(), { ...marchFacts(), acceptedShare: { value: 0.15 } });
    // 18 606 × 0,2 = 3 721,20
    expect(low.parts[0]!.coefficient).toBeCloseTo(0.2, 12);
    expect(low.parts[0]!.amount).toBe(3721.2);
  });

  it('a missing fact is "no data": no amount, no total, named in missing — never a zero', () => {
    const s = marketerSheet(marchPlan(), { ...marchFacts(), newClientShare: { value: null } });
    expect(line(s, 'new_client_share')).toMatchObject({
      completion: null,
      paidCompletion: null,
      amount: null,
    });
    expect(s.parts[0]!.amount).toBeNull();
    expect(s.total).toBeNull();
    expect(s.missing).toEqual(['new_client_share']);
    expect(plain(line(s, 'new_client_share').explain.ru)).toBe(
      'Доля новых клиентов: нет данных → сумма не рассчитана: введите факт',
    );
  });

  it('rejects splits and weights that do not sum to 1, naming the sum', () => {
    expect(() => marketerSheet({ ...marchPlan(), split: { leads: 0.7, tasks: 0.2 } }, marchFacts())).toThrow(
      'weights of the parts (leads + tasks) sum to 0.9, not 1',
    );
    const tasks = marchPlan().tasks.map((t) => ({ ...t, weight: 0.5 }));
    expect(() => marketerSheet({ ...marchPlan(), tasks }, marchFacts())).toThrow('sum to 1.5, not 1');
  });

  it('every bound is a parameter: a 50–120% corridor pays leads 88% and caps 130% at 120%', () => {
    const plan = { ...marchPlan(), corridor: { floor: 0.5, cap: 1.2 } };
    const s = marketerSheet(plan, { ...marchFacts(), leads: { value: 130 } });
    // 1,2 × 0,7 × 0,7 × 30 000 = 17 640
    expect(line(s, 'leads').amount).toBe(17640);
  });

  it('matches the golden sheet', () => {
    expectGolden('kpi-marketer-sheet-2024-03', sheet);
  });
});
