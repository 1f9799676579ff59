import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { formatMonth } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { RegisterView } from './register-view.tsx';
import { SheetView } from './sheet-view.tsx';
import {
  sheetPath,
  type AnalystSheet,
  type KpiEmployee,
  type KpiSheet,
  type SheetKind,
} from './kpi-types.ts';

/** The sheets an employee has, newest month first. */
const sheetsOf = (e: KpiEmployee): Array<{ kind: SheetKind; period: string }> =>
  [
    ...e.marketer.map((period) => ({ kind: 'marketer' as const, period })),
    ...e.analyst.map((period) => ({ kind: 'analyst' as const, period })),
  ].sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));

function SheetPanel({ employee, kind, period }: { employee: KpiEmployee; kind: SheetKind; period: string }) {
  const { t, lang } = useI18n();
  const path = sheetPath(kind, employee.id, period);
  const res = useAsync((signal) => api<KpiSheet | AnalystSheet>(path, { signal }), [path, lang]);
  const title = t(kind === 'analyst' ? 'kpi.analystSheet' : 'kpi.monthlySheet', {
    name: employee.name,
    period: formatMonth(period, lang),
  });
  const download = (
    <a className="btn" href={`/api${path}/xlsx?lang=${lang}`} download data-testid="kpi-download">
      {t('kpi.download')}
    </a>
  );
  return (
    <Panel title={title} actions={download}>
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {res.data ? (
        <div data-testid="kpi-sheet" data-kind={res.data.kind}>
          <SheetView sheet={res.data} />
          {res.data.kind === 'analyst' ? <RegisterView sheet={res.data as AnalystSheet} /> : null}
        </div>
      ) : null}
    </Panel>
  );
}

function KpiView({ employees }: { employees: KpiEmployee[] }) {
  const { t, lang } = useI18n();
  const [who, setWho] = useState(employees[0]?.id ?? '');
  const employee = employees.find((e) => e.id === who) ?? employees[0];
  const sheets = employee ? sheetsOf(employee) : [];
  const [picked, setPicked] = useState('');
  const sheet = sheets.find((s) => `${s.kind}:${s.period}` === picked) ?? sheets[0];
  if (!employee)
    return (
      <p className="notice" data-testid="kpi-none">
        {t('kpi.noEmployees')}
      </p>
    );
  return (
    <>
      <div className="controls">
        {employees.length > 1 ? (
          <SelectField
            label={t('kpi.employee')}
            name="employee"
            value={employee.id}
            options={employees.map((e) => ({ value: e.id, label: e.name }))}
            onChange={(v) => {
              setWho(v);
              setPicked('');
            }}
          />
        ) : null}
        {sheets.length > 0 ? (
          <SelectField
            label={t('kpi.sheet')}
            name="sheet"
            value={sheet ? `${sheet.kind}:${sheet.period}` : ''}
            options={sheets.map((s) => ({
              value: `${s.kind}:${s.period}`,
              label: `${formatMonth(s.period, lang)} · ${t(s.kind === 'analyst' ? 'kpi.kindAnalyst' : 'kpi.kindMonthly')}`,
            }))}
            onChange={setPicked}
          />
        ) : null}
      </div>
      {sheet ? (
        <SheetPanel employee={employee} kind={sheet.kind} period={sheet.period} />
      ) : (
        <p className="notice">{t('kpi.noPlans')}</p>
      )}
    </>
  );
}

/**
 * Motivation sheets: an owner or a manager picks anyone; an employee or analyst sees only the
 * employee their account is linked to (the API refuses the rest).
 */
export function KpiPage() {
  const { t } = useI18n();
  const res = useAsync((signal) => api<KpiEmployee[]>('/kpi/employees', { signal }), []);
  return (
    <>
      <h1>{t('nav.kpi')}</h1>
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {res.data ? <KpiView employees={res.data} /> : null}
    </>
  );
}
