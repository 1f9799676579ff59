import type { Lang } from '../../i18n/index.ts';
import {
  clvValidationSheets,
  compareSheets,
  constraintSheets,
  formulaSheets,
  leverSheets,
} from './analysis-export.ts';
import { channelSheets, cohortSheets, funnelSheets } from '../customers/analytics-export.ts';
import { segmentSheets } from '../customers/segments-export.ts';
import type { ExportSheet } from '../../files/export-sheet.ts';
import type { FormulaTree } from '../../core/formula/index.ts';
import { modelById } from '../formula/user-models.ts';
import type { Workspace } from '../warehouse/workspace.ts';
import { EXPORT_ANALYSES, type ExportAnalysis } from '../../contract/exports.ts';

// The list is the API contract's (the export route's path and the workbench read it); re-exported.
export { EXPORT_ANALYSES, type ExportAnalysis };

type ToSheets = (ws: Workspace, result: unknown) => ExportSheet[];

/** A formula analysis's sheets name the nodes from the tree of the model it ran on. */
const onModel =
  <R extends { model: string }>(sheets: (res: R, tree: FormulaTree) => ExportSheet[]): ToSheets =>
  (ws, result) =>
    sheets(result as R, modelById(ws, (result as R).model));

/** A customer analysis's sheets need nothing but its result. */
const alone =
  <R>(sheets: (res: R) => ExportSheet[]): ToSheets =>
  (_ws, result) =>
    sheets(result as R);

// One entry per analysis: a new one that is not exportable fails to compile here.
const SHEETS: Record<ExportAnalysis, ToSheets> = {
  formula: onModel(formulaSheets),
  compare: onModel(compareSheets),
  levers: onModel(leverSheets),
  constraint: onModel(constraintSheets),
  cohorts: alone(cohortSheets),
  channels: alone(channelSheets),
  funnel: alone(funnelSheets),
  migration: alone(segmentSheets),
  clv: alone(clvValidationSheets),
};

/** An analysis's result (what its service returns, or its API route answered) as export sheets. */
export function exportSheets(ws: Workspace, analysis: ExportAnalysis, result: unknown): ExportSheet[] {
  return SHEETS[analysis](ws, result);
}

const TITLES: Record<ExportAnalysis, Record<Lang, string>> = {
  formula: { ru: 'Формула', en: 'formula' },
  compare: { ru: 'Сравнение', en: 'compare' },
  levers: { ru: 'Рычаги', en: 'levers' },
  constraint: { ru: 'Ключевое ограничение', en: 'constraint' },
  cohorts: { ru: 'Когорты', en: 'cohorts' },
  channels: { ru: 'Каналы', en: 'channels' },
  funnel: { ru: 'Воронка', en: 'funnel' },
  migration: { ru: 'Миграция сегментов', en: 'migration' },
  clv: { ru: 'Проверка CLV', en: 'clv-check' },
};

/** What the result is about, for the file name: its period or as-of date. */
function stampOf(result: unknown): string {
  const r = result as {
    period?: { label?: string } | string | null;
    periods?: { before: { label: string }; after: { label: string } };
    migration?: { from: string; to: string } | null;
    asOf?: string;
    holdoutEnd?: string;
  };
  if (r.periods) return `${r.periods.after.label} vs ${r.periods.before.label}`;
  if (r.migration) return `${r.migration.from}..${r.migration.to}`;
  if (typeof r.period === 'object' && r.period?.label) return r.period.label;
  if (typeof r.period === 'string') return r.period;
  return r.asOf ?? r.holdoutEnd ?? '';
}

/**
 * The download's file name in the language (`Рычаги 2024-01..2024-12.xlsx`), and an ASCII
 * stand-in for clients that ignore RFC 5987's `filename*`.
 */
export function exportFileName(
  analysis: ExportAnalysis,
  result: unknown,
  lang: Lang,
  ext: string,
): { name: string; ascii: string } {
  const stamp = stampOf(result).replace(/[^\w.\- ]+/g, '-');
  const base = (title: string) => `${title}${stamp ? ` ${stamp}` : ''}.${ext}`;
  return { name: base(TITLES[analysis][lang]), ascii: base(TITLES[analysis].en).replace(/[^\w.-]+/g, '-') };
}
