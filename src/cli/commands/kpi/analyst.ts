import type { Command } from 'commander';
import { addDays, dayOff } from '../../../core/calendar/index.ts';
import { phrase } from '../../../i18n/index.ts';
import {
  addRemark,
  analystRegister,
  analystSheetFor,
  copyAnalystPlan,
  importCalendarDays,
  importRegister,
  listReportNorms,
  putRegisterEntry,
  setAnalystPlan,
  setCalendarDay,
  setReportNorm,
  UserError,
  workCalendarFor,
  writeAnySheetXlsx,
} from '../../../services/index.ts';
import { cliContext, printJson, withWorkspace, type GlobalOptions } from '../../context.ts';
import { withCommon } from '../../common.ts';
import { renderAnalystSheet } from '../../render/analyst-sheet.ts';
import { renderTable } from '../../render/table.ts';
import { registerPlanCopy } from './plan-copy.ts';

/** "a=1,b=2" → { a: 1, b: 2 }, numbers with a decimal comma too. */
function numbers(text: string, flag: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(',').filter((s) => s.trim())) {
    const m = /^\s*([^=]+?)\s*=\s*(-?[\d.]+)\s*$/.exec(part.replace(/(\d),(\d)/g, '$1.$2'));
    if (!m) throw new UserError(phrase('cli.namesNumbers', { option: flag, text }), flag);
    out[m[1]!] = Number(m[2]);
  }
  return out;
}

/** "DATE=name" → its parts. */
function datedName(text: string, flag: string): { date: string; name: string } {
  const m = /^(\d{4}-\d{2}-\d{2})(?:=(.*))?$/.exec(text.trim());
  if (!m) throw new UserError(phrase('cli.dateName', { option: flag, text }), flag);
  return { date: m[1]!, name: m[2]?.trim() || flag.replace(/^--/, '') };
}

interface EntryOptions extends GlobalOptions {
  employee: string;
  id: string;
  kind: string;
  type: string;
  title: string;
  due?: string;
  agreed?: string;
  requested?: string;
  delivered?: string;
}

interface PlanOptions extends GlobalOptions {
  employee: string;
  period: string;
  bonus: string;
  name?: string;
  weights?: string;
  plans?: string;
  corridor?: string;
  acceptanceDays?: string;
}

/** `fulcrum kpi analyst …`: the register of reports, time norms, the calendar and the analyst's sheet. */
export function registerKpiAnalyst(kpi: Command): void {
  const analyst = kpi
    .command('analyst')
    .description('the analyst KPI: register of reports and requests, time norms, calendar, sheet');

  withCommon(
    analyst.command('import').description('load register entries, norms and plans (JSON, CSV, XLSX)'),
  )
    .argument('<file>', 'register.json | register.csv | register.xlsx')
    .option('--employee <id>', 'the analyst, for rows that name none')
    .action(async (file: string, opts: GlobalOptions & { employee?: string }) => {
      const ctx = cliContext(opts);
      const r = await withWorkspace(opts.db, (ws) =>
        importRegister(ws, file, opts.employee ? { employee: opts.employee } : {}),
      );
      if (ctx.json) return printJson(r);
      ctx.out(ctx.t('analyst.imported', { ...r, employees: r.employees.join(', '), file }));
    });

  withCommon(analyst.command('add').description('register a report or request, or update it (same id)'))
    .requiredOption('--employee <id>', 'the analyst')
    .requiredOption('--id <id>', 'entry id, e.g. R-2025-19')
    .requiredOption('--kind <regular|adhoc>', 'regular report or ad-hoc request')
    .requiredOption('--type <type>', 'report type (keys the time norm)')
    .requiredOption('--title <text>', 'what the report is')
    .option('--due <date>', 'regular: due date')
    .option('--agreed <date>', 'ad hoc: agreed date')
    .option('--requested <date>', 'ad hoc: requested date')
    .option('--delivered <date>', 'delivery date')
    .action(async (opts: EntryOptions) => {
      const ctx = cliContext(opts);
      const entry = await withWorkspace(opts.db, async (ws) => {
        const known = analystRegister(ws, opts.employee).find((e) => e.id === opts.id);
        return putRegisterEntry(ws, opts.employee, {
          id: opts.id,
          kind: opts.kind,
          type: opts.type,
          title: opts.title,
          due: opts.due ?? null,
          agreed: opts.agreed ?? null,
          requested: opts.requested ?? null,
          delivered: opts.delivered ?? null,
          remarks: known?.remarks ?? [],
        });
      });
      if (ctx.json) return printJson(entry);
      ctx.out(ctx.t('analyst.saved'));
    });

  withCommon(analyst.command('remark').description('record a remark on a delivered report'))
    .requiredOption('--employee <id>', 'the analyst')
    .requiredOption('--id <id>', 'entry id')
    .requiredOption('--date <date>', 'when the remark was made')
    .requiredOption('--text <text>', 'the remark')
    .action(async (opts: GlobalOptions & { employee: string; id: string; date: string; text: string }) => {
      const ctx = cliContext(opts);
      const entry = await withWorkspace(opts.db, async (ws) =>
        addRemark(ws, opts.employee, opts.id, { date: opts.date, text: opts.text }),
      );
      if (ctx.json) return printJson(entry);
      ctx.out(ctx.t('analyst.saved'));
    });

  withCommon(analyst.command('register').description("an analyst's register as stored"))
    .requiredOption('--employee <id>', 'the analyst')
    .action(async (opts: GlobalOptions & { employee: string }) => {
      const ctx = cliContext(opts);
      const entries = await withWorkspace(opts.db, async (ws) => analystRegister(ws, opts.employee));
      if (ctx.json) return printJson(entries);
      ctx.out(
        renderTable(
          [
            { header: ctx.t('analyst.id') },
            { header: ctx.t('analyst.type') },
            { header: ctx.t('analyst.title') },
            { header: ctx.t('analyst.deadline') },
            { header: ctx.t('analyst.delivered') },
          ],
          entries.map((e) => [e.id, e.type, e.title, e.due ?? e.agreed ?? '', e.delivered ?? '']),
        ),
      );
    });

  withCommon(analyst.command('norm').description('time norms per report type: list, or set one'))
    .option('--set <type=days>', 'business days a report of this type takes, e.g. cohort-study=5')
    .option('--name <text>', 'name of the report type')
    .action(async (opts: GlobalOptions & { set?: string; name?: string }) => {
      const ctx = cliContext(opts);
      const norms = await withWorkspace(opts.db, async (ws) => {
        if (opts.set) {
          const [type, days] = Object.entries(numbers(opts.set, '--set'))[0] ?? [];
          setReportNorm(ws, { type, days, ...(opts.name ? { name: opts.name } : {}) });
        }
        return listReportNorms(ws);
      });
      if (ctx.json) return printJson(norms);
      ctx.out(
        renderTable(
          [
            { header: ctx.t('analyst.type') },
            { header: ctx.t('kpi.name') },
            { header: ctx.t('analyst.normDays') },
          ],
          norms.map((n) => [n.type, n.name, String(n.days)]),
        ),
      );
    });

  withCommon(analyst.command('plan').description("set an analyst's plan for a month"))
    .requiredOption('--employee <id>', 'the analyst')
    .requiredOption('--period <YYYY-MM>', 'month')
    .requiredOption('--bonus <roubles>', 'bonus base, gross')
    .option('--name <text>', "the analyst's name")
    .option('--weights <kpi=w,…>', 'timeliness=0.4,completeness=0.3,quality=0.3')
    .option('--plans <kpi=share,…>', 'timeliness=0.9,completeness=1,quality=0.8')
    .option('--corridor <floor-cap>', 'paid corridor, e.g. 0.7-1.4')
    .option('--acceptance-days <n>', 'business days a remark still blocks acceptance', '3')
    .action(async (opts: PlanOptions) => {
      const ctx = cliContext(opts);
      const weights = opts.weights ? numbers(opts.weights, '--weights') : undefined;
      const plans = opts.plans ? numbers(opts.plans, '--plans') : {};
      const defaults = { timeliness: [0.4, 0.9], completeness: [0.3, 1], quality: [0.3, 0.8] } as const;
      const kpis = Object.entries(weights ?? { timeliness: 0.4, completeness: 0.3, quality: 0.3 }).map(
        ([kpi, weight]) => ({
          kpi,
          weight,
          plan: plans[kpi] ?? defaults[kpi as keyof typeof defaults]?.[1] ?? 1,
        }),
      );
      const corridor = opts.corridor ? /^([\d.]+)\s*[-–]\s*([\d.]+)$/.exec(opts.corridor) : null;
      if (opts.corridor && !corridor) throw new UserError(phrase('cli.corridor', { text: opts.corridor }));
      const plan = await withWorkspace(opts.db, async (ws) =>
        setAnalystPlan(ws, {
          employee: opts.employee,
          period: opts.period,
          bonus: Number(opts.bonus.replace(',', '.')),
          kpis,
          acceptanceDays: Number(opts.acceptanceDays ?? 3),
          ...(opts.name ? { name: opts.name } : {}),
          ...(corridor ? { corridor: { floor: Number(corridor[1]), cap: Number(corridor[2]) } } : {}),
        }),
      );
      if (ctx.json) return printJson(plan);
      ctx.out(ctx.t('analyst.saved'));
    });

  registerPlanCopy(analyst, {
    description: "carry an analyst's plan to another month",
    employee: 'the analyst',
    copy: copyAnalystPlan,
    copied: 'analyst.copied',
  });

  withCommon(analyst.command('calendar').description('days off of a year; add company days or import a file'))
    .option('--year <YYYY>', 'year to list', String(new Date().getFullYear()))
    .option('--import <file.json>', 'company days in the bundled format (holidays / workdays by date)')
    .option('--holiday <date=name>', 'mark a company day off')
    .option('--workday <date=name>', 'mark a working day (a transferred Saturday)')
    .action(
      async (opts: GlobalOptions & { year: string; import?: string; holiday?: string; workday?: string }) => {
        const ctx = cliContext(opts);
        const days = await withWorkspace(opts.db, async (ws) => {
          if (opts.import) importCalendarDays(ws, opts.import);
          if (opts.holiday) setCalendarDay(ws, { ...datedName(opts.holiday, '--holiday'), kind: 'holiday' });
          if (opts.workday) setCalendarDay(ws, { ...datedName(opts.workday, '--workday'), kind: 'workday' });
          const cal = workCalendarFor(ws);
          const out: Array<{ date: string; off: string }> = [];
          for (let d = `${opts.year}-01-01`; d.startsWith(opts.year); d = addDays(d, 1)) {
            const off = dayOff(cal, d);
            if (off !== null && off !== 'weekend') out.push({ date: d, off });
            else if (off === null && cal.workdays.has(d)) out.push({ date: d, off: cal.workdays.get(d)! });
          }
          return out;
        });
        if (ctx.json) return printJson(days);
        ctx.out(
          renderTable(
            [{ header: ctx.t('analyst.date') }, { header: ctx.t('analyst.dayOff') }],
            days.map((d) => [d.date, d.off]),
          ),
        );
      },
    );

  withCommon(analyst.command('sheet').description("the analyst's monthly sheet from the register"))
    .requiredOption('--employee <id>', 'the analyst')
    .requiredOption('--period <YYYY-MM>', 'month whose deadlines are judged')
    .option('--asof <date>', 'judge as of this date (default: today)')
    .option('--explain', 'each entry and line as a sentence')
    .option('--export <file.xlsx>', 'the sheet with live formulas and the register')
    .action(
      async (
        opts: GlobalOptions & {
          employee: string;
          period: string;
          asof?: string;
          explain?: boolean;
          export?: string;
        },
      ) => {
        const ctx = cliContext(opts);
        const sheet = await withWorkspace(opts.db, async (ws) =>
          analystSheetFor(ws, opts.employee, opts.period, opts.asof),
        );
        if (opts.export) await writeAnySheetXlsx(sheet, opts.export, ctx.lang);
        if (ctx.json) return printJson(sheet);
        ctx.out(renderAnalystSheet(sheet, ctx.lang, ctx.t, Boolean(opts.explain)));
        if (opts.export) ctx.out(ctx.t('kpi.exported', { file: opts.export }));
      },
    );
}
