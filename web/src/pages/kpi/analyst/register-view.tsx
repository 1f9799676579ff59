import { TableScroll } from '../../../components/table-scroll.tsx';
import { formatDate } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/ru.ts';
import type { AnalystSheet, EntryStatus } from '../kpi-types.ts';

const STATUS: Record<EntryStatus, MessageKey> = {
  open: 'kpi.status.open',
  missing: 'kpi.status.missing',
  pending: 'kpi.status.pending',
  remarked: 'kpi.status.remarked',
  accepted: 'kpi.status.accepted',
};

/** The analyst's judged register: deadline, delivery, status, and why, entry by entry. */
export function RegisterView({ sheet }: { sheet: AnalystSheet }) {
  const { t, lang } = useI18n();
  const c = sheet.counts;
  return (
    <>
      <p className="muted small">
        {t('kpi.acceptRule', { days: sheet.acceptanceDays, calendar: sheet.calendar })}
        <br />
        {sheet.calendarNote && (
          <>
            {sheet.calendarNote[lang]}
            <br />
          </>
        )}
        {t('kpi.counts', { asOf: formatDate(sheet.asOf, lang), ...c })}
      </p>
      <div className="kpi-register">
        <TableScroll label={t('kpi.register')}>
          <thead>
            <tr>
              <th>{t('kpi.entry')}</th>
              <th>{t('kpi.deadline')}</th>
              <th>{t('kpi.delivered')}</th>
              <th>{t('kpi.status')}</th>
            </tr>
          </thead>
          <tbody data-testid="kpi-register">
            {sheet.register.map((e) => (
              <tr key={e.id} data-status={e.status}>
                <th scope="row">
                  {e.title} <span className="node-id">{e.id}</span>
                </th>
                <td>{formatDate(e.deadline, lang)}</td>
                <td>{formatDate(e.delivered, lang)}</td>
                <td>{t(STATUS[e.status])}</td>
              </tr>
            ))}
          </tbody>
        </TableScroll>
      </div>
      <ul className="sentences">
        {sheet.register.map((e) => (
          <li key={e.id}>{e.explain[lang]}</li>
        ))}
      </ul>
    </>
  );
}
