/**
 * The sample company's motivation side: marketers with monthly plans, a head of marketing with
 * quarterly plans, an analyst with a register and plans, and a saved KPI design, so the Motivation
 * pages of `npm start` show real sheets. Plans are set the way a manager sets them — from the
 * figures of the month (quarter) before, with a modest growth target — so on the sample some
 * months pay above plan, some below, and none is paid nothing or the cap on every line by
 * construction.
 */
import { quarterMonths } from '../../core/kpi/index.ts';
import { parsePeriod, trailingPeriods } from '../../core/period/index.ts';
import { localizeProfile, type SampleLang } from '../../generate/localize.ts';
import { retail } from '../../generate/industries/retail.ts';
import { kpiEmployeeSheets, saveKpiEmployee } from '../../store/index.ts';
import { orderDateRange } from '../warehouse/data-range.ts';
import { setAnalystPlan, putRegisterEntry, setReportNorm } from '../kpi/analyst.ts';
import { saveDesign } from '../kpi/design.ts';
import { marketerFacts } from '../kpi/marketer-facts.ts';
import { quarterFacts } from '../kpi/quarter-facts.ts';
import { storeQuarterPlan } from '../kpi/quarter-plans.ts';
import { DEFAULT_ROMI } from '../../core/kpi/index.ts';
import { storePlan } from '../kpi/plans.ts';
import { resolveModel } from '../formula/model.ts';
import type { Workspace } from '../warehouse/workspace.ts';

type Words = { ru: string; en: string };

/** A person of the sample's marketing team; `channels` are the preset's (English) channel ids. */
interface Person {
  id: string;
  name: Words;
  position: Words;
  channels: readonly string[];
}

/** The sample's team. Ids are stable in every language: logins are linked to them. */
export const SAMPLE_PEOPLE = {
  context: {
    id: 'orlova',
    name: { ru: 'Орлова Мария', en: 'Maria Orlova' },
    position: { ru: 'Специалист по контекстной рекламе', en: 'Context ads specialist' },
    channels: ['context'],
  },
  social: {
    id: 'belov',
    name: { ru: 'Белов Игорь', en: 'Igor Belov' },
    position: { ru: 'SMM-специалист', en: 'Social media marketer' },
    channels: ['social', 'email'],
  },
  head: {
    id: 'kravtsova',
    name: { ru: 'Кравцова Анна', en: 'Anna Kravtsova' },
    position: { ru: 'Руководитель маркетинга', en: 'Head of marketing' },
    channels: [],
  },
  analyst: {
    id: 'fomin',
    name: { ru: 'Фомин Артём', en: 'Artem Fomin' },
    position: { ru: 'Маркетинг-аналитик', en: 'Marketing analyst' },
    channels: [],
  },
} as const satisfies Record<string, Person>;

/** "2026-10" moved by `n` months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The quarter "2026-Q3" of a month "2026-08". */
export const quarterOf = (month: string): string =>
  `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;

const round = (v: number, digits: number): number => Number(v.toFixed(digits));

/** Months and quarters the sample's plans cover, from the data's last complete month. */
export interface SampleCalendar {
  /** The last three complete months, oldest first. */
  months: string[];
  /** The last complete quarter before the months' quarter, that quarter, and (when the data ends
   * inside a quarter) the quarter still running, so its sheet shows what part of it has data. */
  quarters: string[];
}

/** The months and quarters of the sample's plans, or null for a warehouse without orders. */
export async function sampleCalendar(ws: Workspace): Promise<SampleCalendar | null> {
  const range = await orderDateRange(ws.engine, await ws.columns());
  if (!range) return null;
  const last = trailingPeriods(range.last, 1).current.from.slice(0, 7);
  const months = [addMonths(last, -2), addMonths(last, -1), last];
  const q = quarterOf(last);
  const lastOfQuarter = quarterMonths(q)[2];
  const complete = lastOfQuarter === last;
  const prevQ = quarterOf(addMonths(quarterMonths(q)[0]!, -1));
  const quarters = complete ? [prevQ, q] : [quarterOf(addMonths(quarterMonths(prevQ)[0]!, -1)), prevQ, q];
  return { months, quarters };
}

/** Monthly tasks of a channel marketer and of the head of marketing. */
const TASKS: Record<'channel' | 'head', Words[]> = {
  channel: [
    { ru: 'Запустить A/B-тест посадочной страницы', en: 'Run an A/B test of the landing page' },
    { ru: 'Обновить минус-слова и ставки', en: 'Update negative keywords and bids' },
    { ru: 'Подготовить акцию к сезону', en: 'Prepare the seasonal promotion' },
  ],
  head: [
    { ru: 'Согласовать медиаплан на месяц', en: 'Agree the month’s media plan' },
    { ru: 'Провести разбор воронки с продажами', en: 'Review the funnel with sales' },
    { ru: 'Обновить бриф агентству', en: 'Update the agency brief' },
  ],
};

/** Tasks agreed for a month; completion differs by month so the task part is not the same each time. */
function monthTasks(lang: SampleLang, i: number, names: Words[]) {
  const done = [
    [1, 0.8, 0.4],
    [0.9, 1, 0.6],
    [1, 0.5, 1],
  ][i % 3]!;
  return names.map((n, k) => ({
    id: `t${k + 1}`,
    name: n[lang],
    weight: [0.4, 0.3, 0.3][k]!,
    completion: done[k]!,
  }));
}

/**
 * A marketer's monthly plans: leads plan = last month's leads + 5%, new-client share plan = last
 * month's share, accepted-share (quality) plan 75% (METHODOLOGY §3's example).
 */
async function seedMarketer(
  ws: Workspace,
  p: Person,
  lang: SampleLang,
  months: string[],
  bonus: number,
  tasks: Words[] = TASKS.channel,
) {
  const channels = p.channels.map((c) => channelName(c, lang));
  for (const [i, month] of months.entries()) {
    const before = await marketerFacts(ws, parsePeriod(addMonths(month, -1)), channels);
    const leads = before.leads.value;
    const share = before.newClientShare.value;
    if (!leads || !share) continue;
    storePlan(ws, {
      employee: p.id,
      name: p.name[lang],
      position: p.position[lang],
      channels,
      period: month,
      bonus,
      discretionary: 0,
      leads: { weight: 0.7, plan: Math.round(leads * 1.05) },
      newClientShare: { weight: 0.3, plan: round(share, 3) },
      quality: { plan: 0.75, cap: 1 },
      tasks: monthTasks(lang, i, tasks),
    });
  }
}

/**
 * Quarterly plans (METHODOLOGY §3: a marketer's quarterly bonus is ROMI and MRE plus calendar
 * tasks) for the person's channels: ROMI plan = the quarter before's ROMI + 5%, MRE plan =
 * the quarter before's MRE − 3% (lower is better); two calendar tasks. A KPI the quarter before
 * cannot give is left out, its weight going to the other.
 */
async function seedQuarters(ws: Workspace, p: Person, lang: SampleLang, quarters: string[], bonus: number) {
  const channels = p.channels.map((c) => channelName(c, lang));
  for (const [i, quarter] of quarters.entries()) {
    const prev = quarterOf(addMonths(quarterMonths(quarter)[0]!, -1));
    const facts = await quarterFacts(ws, prev, channels, ['romi', 'mre'], DEFAULT_ROMI);
    const romi = facts['romi']?.value ?? null;
    const mre = facts['mre']?.value ?? null;
    const kpis = [
      ...(romi !== null && romi > 0 ? [{ kpi: 'romi', plan: round(romi * 1.05, 2) }] : []),
      ...(mre !== null && mre > 0 ? [{ kpi: 'mre', plan: round(mre * 0.97, 4) }] : []),
    ].map((k, _, all) => ({ ...k, weight: 1 / all.length }));
    if (kpis.length === 0) continue;
    storeQuarterPlan(ws, {
      employee: p.id,
      name: p.name[lang],
      position: p.position[lang],
      channels,
      period: quarter,
      bonus,
      kpis,
      tasks: [
        {
          id: 'q1',
          name: lang === 'ru' ? 'Перезапустить программу лояльности' : 'Relaunch the loyalty programme',
          weight: 0.6,
          completion: i === quarters.length - 1 ? null : [1, 0.7][i % 2]!,
        },
        {
          id: 'q2',
          name: lang === 'ru' ? 'Выбрать CRM и перенести базу' : 'Choose a CRM and move the base',
          weight: 0.4,
          completion: i === quarters.length - 1 ? null : [0.8, 1][i % 2]!,
        },
      ],
    });
  }
}

/** "2026-10-05": the day `d` of a month. */
const day = (month: string, d: number): string => `${month}-${String(d).padStart(2, '0')}`;

/**
 * The analyst's register and plans: a weekly channel report due every Monday-ish (5th, 12th,
 * 19th, 26th), a monthly report, and an ad-hoc study; one report a month late, one remarked.
 */
function seedAnalyst(ws: Workspace, p: Person, lang: SampleLang, months: string[]) {
  // Saved first, with a position: the register's own import would name the position "analyst".
  saveKpiEmployee(ws.store, { id: p.id, name: p.name[lang], position: p.position[lang], channels: [] });
  setReportNorm(ws, {
    type: 'cohort-study',
    name: lang === 'ru' ? 'Когортный анализ' : 'Cohort study',
    days: 5,
  });
  for (const [i, month] of months.entries()) {
    for (const [k, d] of [5, 12, 19, 26].entries()) {
      const late = k === (i + 1) % 4;
      putRegisterEntry(ws, p.id, {
        id: `${month}-w${k + 1}`,
        kind: 'regular',
        type: 'weekly',
        title: lang === 'ru' ? `Недельный отчёт по каналам №${k + 1}` : `Weekly channel report #${k + 1}`,
        due: day(month, d),
        delivered: day(month, late ? d + 2 : d),
        remarks:
          k === i % 4
            ? [
                {
                  date: day(month, d + 1),
                  text: lang === 'ru' ? 'Нет данных по email' : 'Email figures missing',
                },
              ]
            : [],
      });
    }
    putRegisterEntry(ws, p.id, {
      id: `${month}-m`,
      kind: 'regular',
      type: 'monthly',
      title: lang === 'ru' ? 'Месячный отчёт по формуле прибыли' : 'Monthly profit-formula report',
      due: day(month, 28),
      delivered: day(month, 27),
    });
    putRegisterEntry(ws, p.id, {
      id: `${month}-a`,
      kind: 'adhoc',
      type: 'cohort-study',
      title: lang === 'ru' ? 'Удержание клиентов из соцсетей' : 'Retention of social-media clients',
      requested: day(month, 3),
      delivered: day(month, i === 1 ? 14 : 9),
    });
    setAnalystPlan(ws, { employee: p.id, period: month, bonus: 30_000 });
  }
}

/** The preset's channel id as the sample's files name it. */
function channelName(id: string, lang: SampleLang): string {
  const en = retail.channels.findIndex((c) => c.id === id);
  const local = localizeProfile(retail, lang).channels[en];
  if (!local) throw new Error(`the retail preset has no channel "${id}"`);
  return local.id;
}

/** The KPI designer's positions for the profit model: who answers for which lever. */
function seedDesign(ws: Workspace, lang: SampleLang): void {
  const name = (p: Person) => p.position[lang];
  saveDesign(
    ws,
    resolveModel('profit'),
    {
      positions: [
        {
          id: SAMPLE_PEOPLE.context.id,
          name: name(SAMPLE_PEOPLE.context),
          kpis: { L: 0.6, C: 0.4 },
          bonus: 40_000,
        },
        {
          id: SAMPLE_PEOPLE.social.id,
          name: name(SAMPLE_PEOPLE.social),
          kpis: { L: 0.5, Q: 0.5 },
          bonus: 35_000,
        },
        {
          id: SAMPLE_PEOPLE.head.id,
          name: name(SAMPLE_PEOPLE.head),
          kpis: ['C', 'Pu', 'D', 'M'],
          bonus: 120_000,
        },
      ],
    },
    null,
    'sample',
  );
}

/**
 * Fills the store with the sample's team and plans, once: a store that already has any KPI
 * employee (a company's own, or the sample's from an earlier run) is left as it is.
 * Returns whether it wrote anything.
 */
export async function seedSampleMotivation(ws: Workspace, lang: SampleLang): Promise<boolean> {
  if (kpiEmployeeSheets(ws.store).length > 0) return false;
  const cal = await sampleCalendar(ws);
  if (!cal) return false;
  await seedMarketer(ws, SAMPLE_PEOPLE.context, lang, cal.months, 40_000);
  await seedMarketer(ws, SAMPLE_PEOPLE.social, lang, cal.months, 35_000);
  await seedMarketer(ws, SAMPLE_PEOPLE.head, lang, cal.months, 60_000, TASKS.head);
  await seedQuarters(ws, SAMPLE_PEOPLE.context, lang, cal.quarters, 50_000);
  await seedQuarters(ws, SAMPLE_PEOPLE.head, lang, cal.quarters, 120_000);
  seedAnalyst(ws, SAMPLE_PEOPLE.analyst, lang, cal.months);
  seedDesign(ws, lang);
  return true;
}
