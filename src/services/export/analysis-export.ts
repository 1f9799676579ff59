import type { FormulaTree, Maybe } from '../../core/formula/types.ts';
import type { CompareResult } from '../formula/compare.ts';
import type { ConstraintResult } from '../formula/constraint.ts';
import type { ClvValidation } from '../customers/holdout.ts';
import { unitKind } from '../../files/export-columns.ts';
import type { FormulaResult } from '../formula/formula.ts';
import type { LeversResult } from '../formula/levers.ts';
import {
  col,
  type ColumnSpec,
  type ExportCell,
  type ExportSheet,
  type TypedCell,
} from '../../files/export-sheet.ts';

/*
 * The workbench's analyses as export tables (table-export.ts writes them as CSV or XLSX). Each
 * builder is pure: the result a service returned (or the API answered) and the tree that labels
 * it in. Node labels are in both languages here, so the table carries both and the export picks.
 */

const nodeOf = (tree: FormulaTree, id: string) => tree.nodes.find((n) => n.id === id);

/** A node's value with the node's own format: money in ₽, a ratio as %, a count whole. */
const valueCell = (tree: FormulaTree, id: string, v: Maybe | undefined): TypedCell => ({
  value: v ?? null,
  kind: unitKind(nodeOf(tree, id)?.unit ?? 'number'),
});

/** Relative change as a fraction; none when the base is missing or zero. */
const changeOf = (before: Maybe | undefined, after: Maybe | undefined): number | null =>
  before == null || after == null || before === 0 ? null : (after - before) / Math.abs(before);

const NODE = col('node', 'Код');
/** The label column: the node's name in each language, carried as Russian display values. */
function labelColumn(tree: FormulaTree): ColumnSpec {
  const ruValues = Object.fromEntries(tree.nodes.map((n) => [n.label.en, n.label.ru]));
  return {
    id: 'label',
    ru: 'Показатель',
    kind: 'text',
    ruValues: { ...ruValues, all: 'Все рычаги вместе', base: 'Исходные значения' },
  };
}
const label = (tree: FormulaTree, id: string): string => nodeOf(tree, id)?.label.en ?? id;

/** The tree for a period (sheet `formula`), and with a slice one line per segment (`segments`). */
export function formulaSheets(res: FormulaResult, tree: FormulaTree): ExportSheet[] {
  const sheets: ExportSheet[] = [
    {
      name: 'formula',
      ru: 'Формула',
      columns: [col('period', 'Период'), NODE, labelColumn(tree), col('value', 'Значение')],
      rows: tree.nodes.map((n) => [
        res.period.label,
        n.id,
        label(tree, n.id),
        valueCell(tree, n.id, res.nodes[n.id]),
      ]),
    },
  ];
  if (res.segments?.length) {
    const ids = Object.keys(res.levers);
    sheets.push({
      name: 'segments',
      ru: 'Срезы',
      columns: [
        col('segment', `Срез (${(res.by ?? []).join(' × ')})`),
        col('revenue', 'Выручка', 'money'),
        ...ids.map((id) => ({
          id,
          ru: nodeOf(tree, id)?.label.ru ?? id,
          kind: unitKind(nodeOf(tree, id)?.unit ?? 'number'),
        })),
      ],
      rows: res.segments.map((s) => [s.key, s.revenue, ...ids.map((id) => s.levers[id] ?? null)]),
    });
  }
  return sheets;
}

/**
 * Two periods compared (sheet `compare`): every node before and after, the change, and each
 * lever's share of the revenue change (and of profit's, when the tree reaches profit).
 */
export function compareSheets(res: CompareResult, tree: FormulaTree): ExportSheet[] {
  const { before, after } = res.detail;
  const contribution = (
    split: { contributions: Record<string, number> } | undefined,
    id: string,
  ): ExportCell => (split && id in split.contributions ? split.contributions[id]! : null);
  return [
    {
      name: 'compare',
      ru: 'Сравнение',
      columns: [
        NODE,
        labelColumn(tree),
        col(`before ${res.periods.before.label}`, `До: ${res.periods.before.label}`),
        col(`after ${res.periods.after.label}`, `После: ${res.periods.after.label}`),
        col('change', 'Изменение'),
        col('change_share', 'Изменение, доля', 'percent'),
        col('revenue_contribution', 'Вклад в изменение выручки', 'money'),
        ...(res.profit ? [col('profit_contribution', 'Вклад в изменение прибыли', 'money')] : []),
      ],
      rows: tree.nodes.map((n) => {
        const b = before.nodes[n.id] ?? null;
        const a = after.nodes[n.id] ?? null;
        return [
          n.id,
          n.label.en,
          valueCell(tree, n.id, b),
          valueCell(tree, n.id, a),
          // A ratio's change is in points of the same fraction (0.02 is +2 p.p.).
          valueCell(tree, n.id, a === null || b === null ? null : a - b),
          changeOf(b, a),
          contribution(res, n.id),
          ...(res.profit ? [contribution(res.profit, n.id)] : []),
        ];
      }),
    },
  ];
}

/** The lever table (sheet `levers`): each lever raised by the step, then all together. */
export function leverSheets(res: LeversResult, tree: FormulaTree): ExportSheet[] {
  return [
    {
      name: 'levers',
      ru: 'Рычаги',
      columns: [
        col('lever', 'Код'),
        labelColumn(tree),
        col('step', 'Шаг', 'percent'),
        col('revenue', 'Выручка', 'money'),
        col('revenue_change', 'Изменение выручки', 'percent'),
        col('profit', 'Прибыль', 'money'),
        col('profit_change', 'Изменение прибыли', 'percent'),
      ],
      rows: [
        ['base', 'base', 0, res.base.revenue, 0, res.base.profit, res.base.profit === null ? null : 0],
        ...res.rows.map((r) => [
          r.lever,
          r.lever === 'all' ? 'all' : label(tree, r.lever),
          r.step,
          r.revenue,
          // The service gives percent points (20 = +20 %); the sheet stores fractions for a % format.
          r.revenueChangePct === null ? null : r.revenueChangePct / 100,
          r.profit,
          r.profitChangePct === null ? null : r.profitChangePct / 100,
        ]),
      ],
    },
  ];
}

/**
 * The key constraint (sheet `constraint`): each lever's 75th percentile across the segments and
 * its potential, ranked; the segments below that level and what raising each would give (`below`).
 */
export function constraintSheets(res: ConstraintResult, tree: FormulaTree): ExportSheet[] {
  const by = res.by;
  return [
    {
      name: 'constraint',
      ru: 'Ключевое ограничение',
      columns: [
        col('lever', 'Код'),
        labelColumn(tree),
        { id: 'key', ru: 'Ключевое', kind: 'text', ruValues: { yes: 'да', no: '' } },
        col('p75', '75-й процентиль'),
        col('potential', 'Потенциал', 'money'),
        col('segments_below', 'Срезов ниже уровня', 'count'),
      ],
      rows: res.levers.map((l) => [
        l.lever,
        label(tree, l.lever),
        l.lever === res.key ? 'yes' : 'no',
        valueCell(tree, l.lever, l.p75),
        l.potential,
        l.below.length,
      ]),
    },
    {
      name: 'below',
      ru: 'Ниже уровня',
      columns: [
        col('lever', 'Код'),
        labelColumn(tree),
        col(by, `Срез (${by})`),
        col('value', 'Значение'),
        col('gain', 'Прирост при подъёме до уровня', 'money'),
      ],
      rows: res.levers.flatMap((l) =>
        l.below.map((s) => [l.lever, label(tree, l.lever), s.key, valueCell(tree, l.lever, s.value), s.gain]),
      ),
    },
  ];
}

/** The purchase model's check (sheets `fit` and `holdout`): parameters, then predicted vs actual. */
export function clvValidationSheets(res: ClvValidation): ExportSheet[] {
  const p = res.purchase;
  const info: ExportCell[][] = [
    ['model', res.model, null],
    ['calibration_end', res.calibrationEnd, null],
    ['holdout_end', res.holdoutEnd, null],
    ['unit', res.unit, null],
    ['holdout_length', res.holdoutLength, null],
    ['customers', p.customers, null],
    ['log_likelihood', p.logLikelihood, null],
    ...Object.entries(p.params).map(([k, v]) => [k, v, p.standardErrors[k] ?? null]),
  ];
  return [
    {
      name: 'fit',
      ru: 'Параметры модели',
      columns: [
        {
          id: 'parameter',
          ru: 'Параметр',
          ruValues: {
            model: 'модель',
            calibration_end: 'конец калибровки',
            holdout_end: 'конец проверки',
            unit: 'единица времени',
            holdout_length: 'длина проверки, единиц',
            customers: 'клиенты',
            log_likelihood: 'логарифм правдоподобия',
          },
        },
        col('value', 'Значение'),
        col('standard_error', 'Стандартная ошибка', 'number'),
      ],
      rows: info,
    },
    {
      name: 'holdout',
      ru: 'Проверка',
      columns: [
        {
          id: 'repeat_purchases',
          ru: 'Повторные покупки в калибровке',
          ruValues: { total: 'итого' },
        },
        col('customers', 'Клиенты', 'count'),
        col('actual', 'Факт, покупок', 'number'),
        col('predicted', 'Прогноз, покупок', 'number'),
        col('actual_mean', 'Факт на клиента', 'number'),
        col('predicted_mean', 'Прогноз на клиента', 'number'),
      ],
      rows: [
        ...res.validation.groups.map((g) => [
          g.atLeast ? `${g.x}+` : String(g.x),
          g.customers,
          g.actual,
          g.predicted,
          g.actualMean,
          g.predictedMean,
        ]),
        [
          'total',
          res.validation.total.customers,
          res.validation.total.actual,
          res.validation.total.predicted,
          null,
          null,
        ],
      ],
    },
  ];
}
