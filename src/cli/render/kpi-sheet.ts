import { shellArg } from '../../services/inputs/shell-arg.ts';
import { sourceText, type FactSource, type Sheet, type SheetLine } from '../../core/kpi/index.ts';
import {
  formatMoney,
  formatNumber,
  formatPct,
  noData,
  type Lang,
  type MessageKey,
  type Translate,
} from '../../i18n/index.ts';
import { renderTable } from './table.ts';

const pct = (v: number | null, lang: Lang): string =>
  v === null ? noData(lang) : formatPct(v * 100, lang, false);
const value = (v: number | null, l: SheetLine, lang: Lang): string => {
  if (v === null) return '';
  if (l.unit === 'ratio' || l.unit === 'percent') return pct(v, lang);
  return l.unit === 'money' ? formatMoney(v, lang) : formatNumber(v, lang);
};

const KIND: Record<FactSource['kind'], MessageKey> = {
  manual: 'kpi.source.manual',
  warehouse: 'kpi.source.warehouse',
  register: 'kpi.source.register',
};

/** Each line's fact source in the reader's language, so nobody argues about the number. */
function sources(sheet: Sheet, lang: Lang, t: Translate): string[] {
  const lines = sheet.lines.filter((l) => l.source);
  if (lines.length === 0) return [];
  return [
    '',
    t('kpi.sources'),
    ...lines.map((l) => `  ${l.name[lang]}: ${t(KIND[l.source!.kind])} — ${sourceText(l.source!, lang)}`),
  ];
}

/** A motivation sheet as a terminal table; with `explain`, each line's sentence and its fact's source. */
export function renderKpiSheet(sheet: Sheet, lang: Lang, t: Translate, explain: boolean): string {
  const table = renderTable(
    [
      { header: t('kpi.kpi') },
      { header: t('kpi.plan'), align: 'right' },
      { header: t('kpi.fact'), align: 'right' },
      { header: t('kpi.completion'), align: 'right' },
      { header: t('kpi.paid'), align: 'right' },
      { header: t('kpi.amount'), align: 'right' },
    ],
    [
      ...sheet.lines.map((l) => [
        l.name[lang],
        value(l.plan, l, lang),
        l.fact === null && l.plan !== null ? noData(lang) : value(l.fact, l, lang),
        l.plan === null ? '' : pct(l.completion, lang),
        l.plan === null ? '' : pct(l.paidCompletion, lang),
        formatMoney(l.amount, lang),
      ]),
      ...sheet.parts.map((p) => [p.name[lang], '', '', '', '', formatMoney(p.amount, lang)]),
      [t('kpi.total'), '', '', '', '', formatMoney(sheet.total, lang)],
    ],
  );
  const out = [table];
  if (sheet.coverage) out.push('', sheet.coverage.note[lang]);
  if (explain) {
    out.push('');
    for (const l of sheet.lines) out.push(`  ${l.explain[lang]}`);
    for (const p of sheet.parts) if (p.explain) out.push(`  ${p.explain[lang]}`);
    out.push(...sources(sheet, lang, t));
  }
  if (sheet.missing.length > 0) {
    const key = sheet.kind === 'quarter' ? 'quarter.missing' : 'kpi.missing';
    // Each as the sheet names it, with the id the suggested --fact (or --task) takes.
    const names = sheet.missing.map((id) => {
      const name = sheet.lines.find((l) => l.kpi === id)?.name[lang];
      const typed = id.startsWith('task:') ? id.slice('task:'.length) : id;
      return name && name !== typed ? `${name} (${typed})` : typed;
    });
    out.push(
      '',
      t(key, { kpis: names.join(', '), employee: shellArg(sheet.employee), period: sheet.period }),
    );
  }
  return out.join('\n');
}
