import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { formatMonth } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { PLAN_EDITORS } from './kpi-tabs.ts';
import type { KpiEmployee } from './kpi-types.ts';
import type { PlanFile } from './plan-draft.ts';
import { PlanEditor } from './plan-editor.tsx';
import { SheetPanel } from './sheet-panel.tsx';

/** The plan of one month beside the sheet it pays: saving the plan recomputes the sheet. */
function PlanMonth({ employee, period }: { employee: KpiEmployee; period: string }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [version, setVersion] = useState(0);
  const path = `/kpi/plans/${encodeURIComponent(employee.id)}/${period}`;
  const res = useAsync((signal) => api<PlanFile>(path, { signal }), [path]);
  const canEdit = PLAN_EDITORS.includes(user?.role ?? '');
  return (
    <div className="plan-layout">
      <Panel title={t('kpi.plan.title', { name: employee.name, period: formatMonth(period, lang) })}>
        {res.loading && !res.data ? <Loading /> : null}
        {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
        {res.data ? (
          <PlanEditor
            key={`${path}:${lang}`}
            plan={res.data}
            canEdit={canEdit}
            onSaved={() => setVersion((v) => v + 1)}
          />
        ) : null}
      </Panel>
      <SheetPanel employee={employee} kind="marketer" period={period} version={version} />
    </div>
  );
}

/** Picks an employee with monthly plans and one of their months, then edits that plan. */
export function PlanView({ employees }: { employees: KpiEmployee[] }) {
  const { t, lang } = useI18n();
  const withPlans = employees.filter((e) => e.marketer.length > 0);
  const [who, setWho] = useState('');
  const employee = withPlans.find((e) => e.id === who) ?? withPlans[0];
  const [month, setMonth] = useState('');
  if (!employee)
    return (
      <p className="notice" data-testid="plan-none">
        {t('kpi.plan.noMarketer')}
      </p>
    );
  const period = employee.marketer.includes(month) ? month : employee.marketer[0]!;
  return (
    <>
      <div className="controls">
        {withPlans.length > 1 ? (
          <SelectField
            label={t('kpi.employee')}
            name="plan-employee"
            value={employee.id}
            options={withPlans.map((e) => ({ value: e.id, label: e.name }))}
            onChange={setWho}
          />
        ) : null}
        <SelectField
          label={t('kpi.month')}
          name="plan-month"
          value={period}
          options={employee.marketer.map((m) => ({ value: m, label: formatMonth(m, lang) }))}
          onChange={setMonth}
        />
      </div>
      <PlanMonth key={`${employee.id}:${period}`} employee={employee} period={period} />
    </>
  );
}
