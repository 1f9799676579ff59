import { useState, type ReactNode } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { formatMonth } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/ru.ts';
import { DesignerView } from './design/designer-view.tsx';
import { kpiTabHref, tabsFor, useKpiTab, type KpiTab } from './kpi-tabs.ts';
import type { KpiEmployee, SheetKind } from './kpi-types.ts';
import { PlanView } from './plan/plan-view.tsx';
import { QuarterView } from './quarter/quarter-view.tsx';
import { SheetPanel } from './sheet/sheet-panel.tsx';

/** The sheets an employee has, newest month first. */
const sheetsOf = (e: KpiEmployee): Array<{ kind: SheetKind; period: string }> =>
  [
    ...e.marketer.map((period) => ({ kind: 'marketer' as const, period })),
    ...e.analyst.map((period) => ({ kind: 'analyst' as const, period })),
  ].sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : 0));

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

const TITLES: Record<KpiTab, MessageKey> = {
  sheets: 'kpi.tab.sheets',
  plan: 'kpi.tab.plan',
  quarter: 'kpi.tab.quarter',
  design: 'kpi.tab.design',
};

/** The employees the caller may see, loaded once for the sheets and plan sections. */
function WithEmployees({
  children,
}: {
  children: (employees: KpiEmployee[], reload: () => void) => ReactNode;
}) {
  const res = useAsync((signal) => api('GET /api/kpi/employees', { signal }), []);
  return (
    <>
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {res.data ? children(res.data, res.reload) : null}
    </>
  );
}

/**
 * Motivation: sheets, plans and the KPI designer. An owner or a manager picks anyone and edits
 * plans; an employee or analyst sees only the employee their account is linked to (the API
 * refuses the rest).
 */
export function KpiPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const tabs = tabsFor(user?.role);
  const asked = useKpiTab();
  const tab = tabs.includes(asked) ? asked : 'sheets';
  const views: Record<KpiTab, () => ReactNode> = {
    sheets: () => <WithEmployees>{(e) => <KpiView employees={e} />}</WithEmployees>,
    plan: () => <WithEmployees>{(e, reload) => <PlanView employees={e} reload={reload} />}</WithEmployees>,
    quarter: () => <WithEmployees>{(e) => <QuarterView employees={e} />}</WithEmployees>,
    design: () => <DesignerView />,
  };
  return (
    <>
      <h1>{t('nav.kpi')}</h1>
      {tabs.length > 1 ? (
        <nav className="section-tabs" aria-label={t('kpi.tabs')}>
          {tabs.map((s) => (
            <a
              key={s}
              href={kpiTabHref(s)}
              className={s === tab ? 'on' : ''}
              aria-current={s === tab ? 'page' : undefined}
            >
              {t(TITLES[s])}
            </a>
          ))}
        </nav>
      ) : null}
      {views[tab]()}
    </>
  );
}
