import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { ApiError } from '../../../api/api-error.ts';
import { useSession } from '../../../app/session.tsx';
import { useAsync } from '../../../app/use-async.ts';
import { TermsLine } from '../../../components/term.tsx';
import { ErrorBox } from '../../../components/error-box.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { T } from '../../../i18n/translate.ts';
import { PLAN_EDITORS } from '../kpi-tabs.ts';
import type { KpiEmployee } from '../kpi-types.ts';
import { newQuarterPlan, quarterChoices, type QuarterPlanFile } from './quarter-draft.ts';
import { QuarterEditor, type CatalogueKpi } from './quarter-editor.tsx';
import { SheetView } from '../sheet/sheet-view.tsx';

/** "2024-Q1" as people say it: «1 квартал 2024», "Q1 2024". */
const quarterLabel = (q: string, t: T): string =>
  t('kpi.quarter.label', { q: q.slice(6), year: q.slice(0, 4) });

const encode = encodeURIComponent;

/** The quarterly sheet of a stored plan with its workbook; asked for again when `version` changes. */
function QuarterSheetPanel({
  employee,
  quarter,
  version,
}: {
  employee: KpiEmployee;
  quarter: string;
  version: number;
}) {
  const { t, lang } = useI18n();
  const path = `/kpi/quarter-sheets/${encode(employee.id)}/${quarter}`;
  const res = useAsync(
    (signal) =>
      api('GET /api/kpi/quarter-sheets/{employee}/{quarter}', {
        params: { employee: employee.id, quarter },
        signal,
      }),
    [path, lang, version],
  );
  const download = (
    <a className="btn" href={`/api${path}/xlsx?lang=${lang}`} download data-testid="quarter-download">
      {t('kpi.download')}
    </a>
  );
  return (
    <Panel
      title={t('kpi.quarter.sheet', { name: employee.name, quarter: quarterLabel(quarter, t) })}
      actions={download}
    >
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {res.data ? (
        <div data-testid="quarter-sheet" data-kind={res.data.kind} aria-busy={res.loading}>
          <SheetView sheet={res.data} />
        </div>
      ) : null}
    </Panel>
  );
}

/** One employee's quarter: the plan (or a draft for a new one) beside the sheet it pays. */
function QuarterPlanPanel({
  employee,
  quarter,
  catalogue,
}: {
  employee: KpiEmployee;
  quarter: string;
  catalogue: readonly CatalogueKpi[];
}) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const canEdit = PLAN_EDITORS.includes(user?.role ?? '');
  const [version, setVersion] = useState(0);
  const [reload, setReload] = useState(0);
  const [saved, setSaved] = useState<QuarterPlanFile | null>(null);
  const res = useAsync(
    (signal) =>
      api('GET /api/kpi/quarter-plans/{employee}/{quarter}', {
        params: { employee: employee.id, quarter },
        signal,
      }).then(
        (plan) => ({ plan, stored: true }),
        (e: unknown) => {
          // No plan for this quarter yet: the manager starts from the methodology's draft.
          if (e instanceof ApiError && e.status === 404)
            return { plan: newQuarterPlan(employee, quarter), stored: false };
          throw e;
        },
      ),
    [employee.id, quarter, reload],
  );
  const current = saved ? { plan: saved, stored: true } : res.data;
  const stored = current?.stored ?? true;
  return (
    <div className="plan-layout">
      <Panel title={t('kpi.quarter.title', { name: employee.name, quarter: quarterLabel(quarter, t) })}>
        {res.loading && !saved ? <Loading /> : null}
        {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
        {current && !(res.loading && !saved) ? (
          <QuarterEditor
            key={`${employee.id}:${quarter}:${lang}:${reload}`}
            plan={current.plan}
            catalogue={catalogue}
            canEdit={canEdit}
            isNew={!current.stored}
            onSaved={(plan) => {
              setSaved(plan);
              setVersion((v) => v + 1);
            }}
            onDeleted={() => {
              setSaved(null);
              setReload((r) => r + 1);
            }}
          />
        ) : null}
      </Panel>
      {stored ? (
        <QuarterSheetPanel employee={employee} quarter={quarter} version={version} />
      ) : (
        <Panel title={t('kpi.quarter.sheet', { name: employee.name, quarter: quarterLabel(quarter, t) })}>
          <p className="notice">{t('kpi.quarter.noSheet')}</p>
        </Panel>
      )}
    </div>
  );
}

/**
 * The Motivation page's quarterly section: pick an employee and a quarter, edit the plan (owner,
 * manager) and see the sheet it pays — ROMI and MRE from the data, calendar tasks. An employee or
 * analyst sees only their own quarters, read-only.
 */
export function QuarterView({ employees }: { employees: KpiEmployee[] }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const canCreate = PLAN_EDITORS.includes(user?.role ?? '');
  const catalogue = useAsync((signal) => api('GET /api/kpi/catalogue', { signal }), []);
  const people = canCreate ? employees : employees.filter((e) => e.quarter.length > 0);
  const [who, setWho] = useState('');
  const employee = people.find((e) => e.id === who) ?? people[0];
  const [picked, setPicked] = useState('');
  if (!employee)
    return (
      <p className="notice" data-testid="quarter-none">
        {t('kpi.quarter.none')}
      </p>
    );
  const quarters = quarterChoices(
    { quarter: employee.quarter, marketer: employee.marketer },
    { canCreate, today: new Date() },
  );
  const quarter = quarters.includes(picked) ? picked : (employee.quarter[0] ?? quarters[0]!);
  return (
    <>
      <div className="controls">
        {people.length > 1 ? (
          <SelectField
            label={t('kpi.employee')}
            name="quarter-employee"
            value={employee.id}
            options={people.map((e) => ({ value: e.id, label: e.name }))}
            onChange={(v) => {
              setWho(v);
              setPicked('');
            }}
          />
        ) : null}
        <SelectField
          label={t('kpi.quarter.quarter')}
          name="quarter-period"
          value={quarter}
          options={quarters.map((q) => ({ value: q, label: quarterLabel(q, t) }))}
          onChange={setPicked}
        />
      </div>
      <TermsLine ids={['romi', 'mre', 'carc', 'ltv']} />
      {catalogue.error ? <ErrorBox error={catalogue.error} onRetry={catalogue.reload} /> : null}
      {catalogue.data ? (
        <QuarterPlanPanel
          key={`${employee.id}:${quarter}:${lang}`}
          employee={employee}
          quarter={quarter}
          catalogue={catalogue.data}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}
