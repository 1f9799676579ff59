import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  importRegister,
  linkUser,
  orderDateRange,
  parsePlan,
  parseQuarterPlan,
  setAnalystPlan,
  storePlan,
  storeQuarterPlan,
} from '../../src/services/index.ts';
import { ENGLISH_SOURCE_WORDS } from '../helpers/source-words.ts';
import { CHROMIUM } from './browser.ts';
import { signIn, signOut } from './login.ts';
import { fitsPhone, pageWidth, plain } from './page-checks.ts';
import { EMPLOYEE, OWNER, type TestServer } from './server.ts';
import { DESKTOP, PHONE, shot } from './shots.ts';
import { signedInOwner } from './signed-in.ts';

/** The month after a YYYY-MM month. */
const nextMonth = (ym: string): string => {
  const d = new Date(`${ym}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 7);
};

/** The month the plan editor shows (its select's value). */
const editorPeriod = (page: Page) => page.locator('select[name=plan-month]').inputValue();

// The KPI page, tab by tab: an employee's own motivation sheets, the plans an owner edits beside
// them, the quarter, and the KPI system's design. One company throughout: the plans the sheet tests
// store are the ones the plan editor opens.
describe.skipIf(!existsSync(CHROMIUM))('the KPI page', () => {
  // The employee first: the sheet is what they see of their own pay.
  const s = signedInOwner(DESKTOP, { user: EMPLOYEE });
  let server: TestServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = s);
  });

  describe('the sheet', () => {
    it('shows an employee their own motivation sheet, explained, with a workbook to download', async () => {
      const ws = server.ws;
      const range = await orderDateRange(ws.engine, await ws.columns());
      const period = range!.last.slice(0, 7);
      const plan = (employee: string, name: string) =>
        parsePlan(
          {
            employee,
            name,
            period,
            bonus: 30000,
            discretionary: 1000,
            leads: { weight: 0.7, plan: 400 },
            newClientShare: { weight: 0.3, plan: 0.3 },
            tasks: [{ id: 'mailing', name: 'Запуск рассылки', weight: 1, completion: 0.8 }],
          },
          'e2e',
        );
      storePlan(ws, plan('anna', EMPLOYEE.name));
      storePlan(ws, plan('boris', 'Борис Коллега'));
      linkUser(ws, EMPLOYEE.login, 'anna');
      await page.goto(server.url + '#/kpi');
      await page.getByTestId('kpi-sheet').waitFor();
      expect(await page.locator('select[name=employee]').count()).toBe(0); // only their own
      expect(plain(await page.getByTestId('kpi-total').textContent())).toMatch(/^[\d ]+,\d\d ₽$/);
      const explain = plain(await page.getByTestId('kpi-explain').textContent());
      expect(explain).toMatch(/Лиды: [\d ]+ из 400 = /);
      expect(explain).toContain('Задача «Запуск рассылки»: 80% из 100% = 80%');
      // Where each fact came from, in Russian, under the sentences.
      const sources = plain(await page.getByTestId('kpi-sources').textContent());
      expect(sources).toMatch(/Лиды: из данных — лиды за [а-я]+ \d{4}, все каналы/);
      expect(sources).toContain('Задача «Запуск рассылки»: введён вручную — выполнение задачи');
      expect(sources).not.toMatch(ENGLISH_SOURCE_WORDS);
      const download = page.waitForEvent('download');
      await page.getByTestId('kpi-download').click();
      expect((await download).suggestedFilename()).toBe(`marketer-anna-${period}.xlsx`);
      const other = await page.request.get(server.url + `api/kpi/sheets/boris/${period}`);
      expect(other.status()).toBe(403);
      await shot(page, 'desktop-kpi-employee');
      await fitsPhone(page, 'kpi-employee');
    });

    it('shows the same person’s analyst sheet: the register judged on the production calendar', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fulcrum-e2e-register-'));
      const file = join(dir, 'register.json');
      const regular = (id: string, due: string, delivered: string | null, remarks: object[] = []) => ({
        id,
        kind: 'regular',
        type: 'weekly',
        title: `Каналы ${id}`,
        due,
        delivered,
        remarks,
      });
      writeFileSync(
        file,
        JSON.stringify({
          entries: [
            regular('R1', '2025-05-05', '2025-05-05', [{ date: '2025-05-12', text: 'нет Директа' }]),
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
            },
          ],
        }),
      );
      await importRegister(server.ws, file, { employee: 'anna' });
      rmSync(dir, { recursive: true, force: true });
      setAnalystPlan(server.ws, { employee: 'anna', period: '2025-05', bonus: 40000 });
      await page.reload();
      await page.locator('select[name=sheet]').selectOption('analyst:2025-05');
      const register = page.getByTestId('kpi-register');
      await register.waitFor();
      // 12 May 2025 is the 3rd business day after 5 May (8–11 May are off): R1 is remarked.
      expect(await register.locator('tr[data-status=remarked]').count()).toBe(1);
      expect(await register.locator('tr[data-status=accepted]').count()).toBe(2);
      expect(await register.locator('tr[data-status=missing]').count()).toBe(1);
      expect(await page.getByTestId('kpi-sheet').getAttribute('data-kind')).toBe('analyst');
      await shot(page, 'desktop-kpi-analyst');
    });
  });

  describe('the plan editor', () => {
    it('lets the owner edit a plan (weights must make 100%) and recomputes the sheet', async () => {
      await signOut(page);
      await signIn(page, server.url + '#/kpi/plan', OWNER);
      await page.locator('select[name=plan-employee]').selectOption('anna');
      const editor = page.getByTestId('plan-editor');
      await editor.waitFor();
      const sheet = page.getByTestId('kpi-sheet');
      await sheet.waitFor();
      const before = plain(await page.getByTestId('kpi-total').textContent());
      expect(plain(await page.getByTestId('kpi-explain').textContent())).toContain('× 30 000 ₽');
      // One task weighing 50%: the group does not make 100%, so the plan cannot be saved.
      await editor.locator('input[name=task-0-weight]').fill('50');
      expect(plain(await page.getByTestId('plan-errors').textContent())).toContain(
        'Задачи месяца: веса в сумме дают 50 %, а должны — 100 %.',
      );
      expect(await page.getByTestId('plan-save').isDisabled()).toBe(true);
      await shot(page, 'desktop-kpi-plan-weights');
      await editor.locator('input[name=task-0-weight]').fill('100');
      expect(await page.getByTestId('plan-errors').count()).toBe(0);
      await editor.locator('input[name=bonus]').fill('60 000');
      await page.getByTestId('plan-save').click();
      await page.getByTestId('plan-saved').waitFor();
      await expect
        .poll(async () => plain(await page.getByTestId('kpi-explain').textContent()))
        .toContain('× 60 000 ₽');
      const after = plain(await page.getByTestId('kpi-total').textContent());
      expect(after).not.toBe(before);
      const stored = await page.request.get(server.url + 'api/kpi/plans/anna/' + (await editorPeriod(page)));
      expect(((await stored.json()) as { bonus: number }).bonus).toBe(60000);
      await shot(page, 'desktop-kpi-plan');
      await fitsPhone(page, 'kpi-plan');
    });

    it('creates a plan for a month that had none, copies it to the next month and shows the copy’s sheet', async () => {
      await page.goto(server.url + '#/kpi/plan');
      await page.reload();
      await page.locator('select[name=plan-employee]').selectOption('anna');
      await page.getByTestId('plan-editor').waitFor();
      const fresh = nextMonth(await editorPeriod(page));
      const copied = nextMonth(fresh);
      await page.getByTestId('plan-new').click();
      expect(await page.locator('input[name=new-month]').inputValue()).toBe(fresh);
      await page.locator('input[name=plan-start][value=default]').check();
      const editor = page.getByTestId('plan-editor');
      // The methodology's plan: 70/30, leads 70% / new clients 30%; the bonus and plans are to be typed.
      expect(await editor.locator('input[name=splitLeads]').inputValue()).toBe('70');
      expect(await editor.locator('input[name=corridorCap]').inputValue()).toBe('140');
      expect(plain(await page.getByTestId('plan-errors').textContent())).toContain(
        '«База премии, ₽»: введите неотрицательное число.',
      );
      await shot(page, 'desktop-kpi-plan-new');
      await fitsPhone(page, 'kpi-plan-new');
      await editor.locator('input[name=bonus]').fill('40 000');
      await editor.locator('input[name=leadsPlan]').fill('300');
      await editor.locator('input[name=newPlan]').fill('25');
      await editor.locator('input[name=task-0-name]').fill('Акция к 8 Марта');
      await editor.locator('input[name=task-0-completion]').fill('80');
      await editor.locator('input[name=task-1-name]').fill('Отчёт по каналам');
      await page.getByTestId('plan-save').click();
      await page.getByTestId('plan-created').waitFor();
      expect(await editorPeriod(page)).toBe(fresh);
      await expect
        .poll(async () => plain(await page.getByTestId('kpi-explain').textContent()))
        .toContain('× 40 000 ₽');
      const made = (await (await page.request.get(server.url + `api/kpi/plans/anna/${fresh}`)).json()) as {
        bonus: number;
        leads: { plan: number };
        tasks: Array<{ completion: number | null }>;
      };
      expect([made.bonus, made.leads.plan, made.tasks.map((x) => x.completion)]).toEqual([
        40000,
        300,
        [0.8, null],
      ]);

      // Copy to the month after: the same plan, task completion blank (a fact of its own month).
      expect(await page.locator('input[name=copy-to]').inputValue()).toBe(copied);
      await page.getByTestId('plan-copy-go').click();
      await expect.poll(() => editorPeriod(page)).toBe(copied);
      expect(plain(await page.getByTestId('plan-created').textContent())).toContain('План скопирован');
      expect(
        await page.getByTestId('plan-editor').locator('input[name=task-0-completion]').inputValue(),
      ).toBe('');
      expect(await page.getByTestId('plan-editor').locator('input[name=bonus]').inputValue()).toBe('40000');
      expect(await page.getByTestId('kpi-sheet').getAttribute('data-kind')).toBe('marketer');
      // The copy's sheet: the same lead plan, and tasks waiting for this month's completion.
      await expect
        .poll(async () => plain(await page.getByTestId('kpi-explain').textContent()))
        .toContain('Задача «Акция к 8 Марта»: нет данных');
      expect(plain(await page.getByTestId('kpi-explain').textContent())).toMatch(/Лиды: [\d ]+ из 300 = /);
      const copy = (await (await page.request.get(server.url + `api/kpi/plans/anna/${copied}`)).json()) as {
        tasks: Array<{ name: string; completion: number | null }>;
      };
      expect(copy.tasks).toEqual([
        expect.objectContaining({ name: 'Акция к 8 Марта', completion: null }),
        expect.objectContaining({ name: 'Отчёт по каналам', completion: null }),
      ]);
      // Back onto the month just created: refused without "replace", the employee and month named.
      await page.locator('input[name=copy-to]').fill(fresh);
      await page.getByTestId('plan-copy-go').click();
      const refused = page.getByTestId('plan-copy-refused');
      await refused.waitFor();
      expect(plain(await refused.textContent())).toContain(
        'у сотрудника «Анна Сотрудник» (anna) уже есть план на',
      );
      expect(plain(await refused.textContent())).toContain('отметьте «Заменить план, если он там уже есть»');
      await shot(page, 'desktop-kpi-plan-copied');
      await fitsPhone(page, 'kpi-plan-copied');
    });

    it('edits the analyst plan beside the analyst sheet: the KPI weights must make 100%', async () => {
      await page.getByRole('button', { name: 'План аналитика' }).click();
      const editor = page.getByTestId('analyst-plan-editor');
      await editor.waitFor();
      expect(await editor.locator('input[name=a-bonus]').inputValue()).toBe('40000');
      await editor.locator('input[name=a-timeliness-weight]').fill('50');
      expect(plain(await page.getByTestId('plan-errors').textContent())).toContain(
        'Веса показателей: веса в сумме дают 110 %, а должны — 100 %.',
      );
      expect(await page.getByTestId('plan-save').isDisabled()).toBe(true);
      await editor.locator('input[name=a-completeness-on]').uncheck();
      await editor.locator('input[name=a-quality-weight]').fill('50');
      await page.getByTestId('plan-save').click();
      await page.getByTestId('plan-saved').waitFor();
      const stored = (await (
        await page.request.get(server.url + 'api/kpi/analyst-plans/anna/2025-05')
      ).json()) as {
        kpis: Array<{ kpi: string; weight: number }>;
      };
      expect(stored.kpis.map((k) => [k.kpi, k.weight])).toEqual([
        ['timeliness', 0.5],
        ['quality', 0.5],
      ]);
      expect(await page.getByTestId('kpi-sheet').getAttribute('data-kind')).toBe('analyst');
      // The company's time norm for ad-hoc studies, beside the plan.
      const norms = page.getByTestId('report-norms');
      await norms.getByRole('button', { name: 'Добавить тип отчёта' }).click();
      await norms.locator('input[name=norm-0-type]').fill('cohort-study');
      await norms.locator('input[name=norm-0-name]').fill('Когортный анализ');
      await norms.locator('input[name=norm-0-days]').fill('5');
      await page.getByTestId('report-norms-save').click();
      await expect
        .poll(async () => (await page.request.get(server.url + 'api/kpi/report-norms')).json())
        .toEqual([{ type: 'cohort-study', name: 'Когортный анализ', days: 5 }]);
      await shot(page, 'desktop-kpi-analyst-plan');
      await fitsPhone(page, 'kpi-analyst-plan');
    });

    it('adds an employee with their first plan: an analyst plan from the defaults', async () => {
      await page.getByTestId('plan-new-employee').click();
      const form = page.getByTestId('employee-new');
      await form.locator('input[name=emp-name]').fill('Иван Петров');
      expect(await form.locator('input[name=emp-id]').inputValue()).toBe('ivan-petrov');
      await form.getByRole('button', { name: 'План аналитика' }).click();
      await page.getByTestId('employee-next').click();
      const editor = page.getByTestId('analyst-plan-editor');
      await editor.waitFor();
      expect(await editor.locator('input[name=a-timeliness-weight]').inputValue()).toBe('40');
      await editor.locator('input[name=a-bonus]').fill('25 000');
      await page.getByTestId('plan-save').click();
      await page.getByTestId('plan-created').waitFor();
      expect(await page.locator('select[name=plan-employee]').inputValue()).toBe('ivan-petrov');
      await page.getByTestId('kpi-sheet').waitFor();
      const people = (await (await page.request.get(server.url + 'api/kpi/employees')).json()) as Array<{
        id: string;
        name: string;
        analyst: string[];
      }>;
      expect(people.find((e) => e.id === 'ivan-petrov')).toMatchObject({
        name: 'Иван Петров',
        analyst: [expect.any(String)],
      });
    });
  });

  describe('the quarterly plan', () => {
    it('edits a quarterly plan beside its sheet: ROMI and MRE from the data, the total follows the plan', async () => {
      const ws = server.ws;
      const last = (await orderDateRange(ws.engine, await ws.columns()))!.last;
      const quarter = `${last.slice(0, 4)}-Q${Math.ceil(Number(last.slice(5, 7)) / 3)}`;
      storeQuarterPlan(
        ws,
        parseQuarterPlan(
          {
            employee: 'anna',
            period: quarter,
            bonus: 90000,
            kpis: [
              { kpi: 'romi', weight: 0.6, plan: 1 },
              { kpi: 'mre', weight: 0.4, plan: 0.1 },
            ],
            tasks: [{ id: 'q-crm', name: 'Внедрение CRM', weight: 1, completion: 0.8 }],
            // ROMI on revenue: the sentence checked below names LTV by revenue.
            romi: { basis: 'revenue' },
          },
          'e2e',
        ),
      );
      await page.goto(server.url + '#/kpi/quarter');
      await page.reload();
      await page.locator('select[name=quarter-employee]').selectOption('anna');
      await page.locator('select[name=quarter-period]').selectOption(quarter);
      const editor = page.getByTestId('quarter-editor');
      await editor.waitFor();
      await page.getByTestId('quarter-sheet').waitFor();
      const explain = async () => plain(await page.getByTestId('kpi-explain').textContent());
      await expect.poll(explain).toContain('× 90 000 ₽');
      expect(await explain()).toMatch(/ROMI: [\d ,]+% из 100% = /);
      const sources = plain(await page.getByTestId('kpi-sources').textContent());
      expect(sources).toMatch(
        /ROMI: из данных — юнит-экономика каналов за \d квартал \d{4} на \d\d\.\d\d\.\d{4}, все каналы: LTV по выручке за 12 мес\. [\d ]+,\d\d ₽ ÷ CARC/,
      );
      expect(sources).not.toMatch(ENGLISH_SOURCE_WORDS);
      const before = plain(await page.getByTestId('kpi-total').textContent());
      expect(before).toMatch(/^[\d ]+,\d\d ₽$/);
      // KPI weights that miss 100 % are refused before anything is sent.
      await editor.locator('input[name=q-kpi-romi-weight]').fill('50');
      expect(plain(await page.getByTestId('quarter-errors').textContent())).toContain(
        'KPI квартала: веса в сумме дают 90 %, а должны — 100 %.',
      );
      expect(await page.getByTestId('quarter-save').isDisabled()).toBe(true);
      await editor.locator('input[name=q-kpi-romi-weight]').fill('60');
      await editor.locator('input[name=q-bonus]').fill('120 000');
      await page.getByTestId('quarter-save').click();
      await page.getByTestId('quarter-saved').waitFor();
      await expect.poll(explain).toContain('× 120 000 ₽');
      expect(plain(await page.getByTestId('kpi-total').textContent())).not.toBe(before);
      const stored = await page.request.get(server.url + `api/kpi/quarter-plans/anna/${quarter}`);
      expect(((await stored.json()) as { bonus: number }).bonus).toBe(120000);
      await shot(page, 'desktop-kpi-quarter');
      await fitsPhone(page, 'kpi-quarter');
    });
  });

  describe('the KPI designer', () => {
    it('designs a KPI system: KPI × position ticks and each position’s bonus shares', async () => {
      await page.goto(server.url + '#/kpi/design');
      const matrix = page.getByTestId('kpi-matrix');
      await matrix.waitFor();
      // The marketer starts with leads and purchase frequency: half the bonus each.
      await expect.poll(async () => plain(await page.getByTestId('share-p1-L').textContent())).toBe('50 %');
      await matrix.locator('tr[data-kpi=C] td.cell').first().locator('input').check();
      await expect.poll(async () => plain(await page.getByTestId('share-p1-C').textContent())).toBe('33,3 %');
      expect(plain(await page.getByTestId('kpi-positions').textContent())).toContain('Маркетолог');
      await shot(page, 'desktop-kpi-design');
      await fitsPhone(page, 'kpi-design');
    });

    it('sets each KPI’s share, refuses a position that misses 100 %, saves and reloads the design', async () => {
      const matrix = page.getByTestId('kpi-matrix');
      // Factors read as names: the measure behind the leads leaf, never its id.
      expect(plain(await page.getByTestId('factors-L').textContent())).toBe('Число лидов');
      expect(await matrix.textContent()).not.toMatch(/other_costs|\bleads\b/);
      const weight = (kpi: string) => page.locator(`input[name=weight-p1-${kpi}]`);
      await weight('L').fill('50');
      await weight('Q').fill('30');
      await weight('C').fill('10');
      expect(plain(await page.getByTestId('kpi-design-errors').textContent())).toContain(
        '«Маркетолог»: доли в сумме 90 %, а должны — 100 % (не хватает 10 %).',
      );
      expect(plain(await page.getByTestId('weight-sum-p1').textContent())).toBe('Сумма: 90 %');
      expect(await page.getByTestId('kpi-design-save').isDisabled()).toBe(true);
      await page.getByTestId('kpi-design-errors').scrollIntoViewIfNeeded();
      await shot(page, 'desktop-kpi-design-weights');
      await weight('C').fill('20');
      expect(await page.getByTestId('kpi-design-errors').count()).toBe(0);
      expect(plain(await page.getByTestId('share-p1-C').textContent())).toBe('20 %');
      await page.getByTestId('kpi-design-save').click();
      await page.getByTestId('kpi-design-saved').waitFor();
      const model = await page.locator('select[name=design-model]').inputValue();
      const stored = await page.request.get(server.url + 'api/kpi/designs/' + model);
      const saved = ((await stored.json()) as { saved: { positions: Array<{ kpis: unknown }> } }).saved;
      expect(saved.positions[0]!.kpis).toEqual({ L: 0.5, Q: 0.3, C: 0.2 });
      await page.reload();
      await page.getByTestId('kpi-matrix').waitFor();
      await expect.poll(async () => weight('L').inputValue()).toBe('50');
      expect(await weight('C').inputValue()).toBe('20');
      expect(plain(await page.getByTestId('share-p1-Q').textContent())).toBe('30 %');
      expect(plain(await page.getByTestId('kpi-design-status').textContent())).toContain('Сохранено');
      await page.getByTestId('equal-p1').click();
      expect(await weight('C').inputValue()).toBe('33,33');
      await page.getByTestId('kpi-positions').scrollIntoViewIfNeeded();
      await page.setViewportSize(PHONE);
      await expect.poll(() => pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
      await page.getByTestId('kpi-positions').scrollIntoViewIfNeeded();
      await shot(page, 'phone-kpi-design-weights');
      await page.setViewportSize(DESKTOP);
    });
  });
});
