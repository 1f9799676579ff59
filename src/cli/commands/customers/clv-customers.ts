import {
  columnsOf,
  customerValuesFor,
  VALUE_COLUMNS,
  writeSheets,
  type CustomerValues,
} from '../../../services/index.ts';
import { formatMoney, formatNumber, formatPct } from '../../../i18n/index.ts';
import { unitWord } from '../../render/clv-words.ts';
import { printJson, withWorkspace, type CliContext, type GlobalOptions } from '../../context.ts';
import { renderTable } from '../../render/table.ts';
import { parseNumberOption } from './rfm-options.ts';

/** The options `fulcrum clv --customers` reads. */
export interface ClvCustomersOptions extends GlobalOptions {
  /** The purchase model: bgnbd or pareto-nbd (gg is a spend model and cannot value customers alone). */
  model: string;
  calibrationEnd?: string;
  unit: string;
  horizon?: string;
  margin?: string;
  discount?: string;
  export?: string;
}

const TOP = 10;

/** `fulcrum clv --customers`: every customer's P(alive), expected purchases, average value and CLV. */
export async function printCustomerValues(opts: ClvCustomersOptions, ctx: CliContext): Promise<void> {
  const res = await withWorkspace(opts.db, (ws) =>
    customerValuesFor(ws, {
      calibrationEnd: opts.calibrationEnd,
      unit: opts.unit,
      horizon: parseNumberOption(opts.horizon, '--horizon'),
      margin: parseNumberOption(opts.margin, '--margin'),
      discountRate: parseNumberOption(opts.discount, '--discount'),
      model: opts.model,
    }),
  );
  if (opts.export)
    await writeSheets(
      opts.export,
      [
        {
          name: 'customers',
          ru: 'Клиенты',
          columns: columnsOf(VALUE_COLUMNS),
          rows: res.customers.map((c) => VALUE_COLUMNS.map((k) => c[k])),
        },
      ],
      ctx.lang,
    );
  if (ctx.json) return printJson(res);
  ctx.out(render(res, ctx));
  if (opts.export) ctx.out(ctx.t('clv.exported', { count: res.customers.length, file: opts.export }));
}

function render(res: CustomerValues, ctx: CliContext): string {
  const title = ctx.t('clv.customers', {
    count: formatNumber(res.customers.length, ctx.lang),
    end: res.calibrationEnd,
    horizon: formatNumber(res.horizon, ctx.lang),
    unit: unitWord(ctx.t, res.unit),
    margin: formatPct(res.margin * 100, ctx.lang, false),
    discount: formatPct(res.discountRate * 100, ctx.lang, false, 2),
  });
  const top = [...res.customers].sort((a, b) => b.clv - a.clv).slice(0, TOP);
  const table = renderTable(
    [
      { header: ctx.t('clv.customer') },
      { header: ctx.t('clv.pAlive'), align: 'right' },
      { header: ctx.t('clv.purchases'), align: 'right' },
      { header: ctx.t('clv.value'), align: 'right' },
      { header: ctx.t('clv.clv'), align: 'right' },
    ],
    top.map((c) => [
      c.customer_id,
      formatPct(c.p_alive * 100, ctx.lang, false),
      formatNumber(c.expected_purchases, ctx.lang),
      formatMoney(c.expected_average_value, ctx.lang),
      formatMoney(c.clv, ctx.lang),
    ]),
  );
  return `${title}\n\n${ctx.t('clv.top', { count: top.length })}\n${table}`;
}
