import type { AnalystSheet } from '../../core/kpi/index.ts';
import type { Lang, Translate } from '../../i18n/index.ts';
import { renderKpiSheet } from './kpi-sheet.ts';
import { renderTable } from './table.ts';

/** The analyst's sheet: the judged register, the paying lines, and with `explain` every sentence. */
export function renderAnalystSheet(sheet: AnalystSheet, lang: Lang, t: Translate, explain: boolean): string {
  const c = sheet.counts;
  const out = [
    t('analyst.rule', { days: sheet.acceptanceDays, calendar: sheet.calendar }),
    ...(sheet.calendarNote ? [sheet.calendarNote[lang]] : []),
    t('analyst.summary', { asOf: sheet.asOf, ...c }),
    '',
    renderTable(
      [
        { header: t('analyst.id') },
        { header: t('analyst.title') },
        { header: t('analyst.deadline') },
        { header: t('analyst.delivered') },
        { header: t('analyst.onTime') },
        { header: t('analyst.status') },
      ],
      sheet.register.map((e) => [
        e.id,
        e.title,
        e.deadline,
        e.delivered ?? '',
        e.onTime === null ? '' : t(e.onTime ? 'analyst.yes' : 'analyst.no'),
        t(`analyst.status.${e.status}`),
      ]),
    ),
  ];
  if (explain) for (const e of sheet.register) out.push(`  ${e.explain[lang]}`);
  out.push('', renderKpiSheet({ ...sheet, missing: [] }, lang, t, explain));
  if (sheet.missing.length > 0)
    out.push('', t('analyst.noneDue', { period: sheet.period, asOf: sheet.asOf }));
  return out.join('\n');
}
