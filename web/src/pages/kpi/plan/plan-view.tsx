import { useState } from 'react';
import { useSession } from '../../../app/session.tsx';
import { Segmented } from '../../../components/segmented.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { formatMonth } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { NewEmployee } from '../employee-new.tsx';
import { PLAN_EDITORS } from '../kpi-tabs.ts';
import type { KpiEmployee } from '../kpi-types.ts';
import type { PlanOwner } from './plan-draft.ts';
import { PlanMonth } from './plan-month.tsx';
import { withAdded, type AddedPlan, type PlanKind } from './plan-months.ts';
import { NewPlan } from './plan-new.tsx';
import './plan-tools.css';

/** What the section shows: a stored plan, a new plan being written, or a new employee's details. */
type Mode =
  { view: 'plan' } | { view: 'new'; owner: PlanOwner; name: string; kind: PlanKind } | { view: 'employee' };

const KINDS: readonly PlanKind[] = ['marketer', 'analyst'];

/**
 * Picks an employee, the kind of plan and a month, and edits that plan beside its sheet. An owner
 * or a manager also starts a plan for a month that has none, copies one to another month and adds
 * an employee; everyone else reads their own plans.
 */
export function PlanView({ employees, reload }: { employees: KpiEmployee[]; reload?: () => void }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const canEdit = PLAN_EDITORS.includes(user?.role ?? '');
  const [added, setAdded] = useState<AddedPlan[]>([]);
  const [mode, setMode] = useState<Mode>({ view: 'plan' });
  const [who, setWho] = useState('');
  const [picked, setPicked] = useState<PlanKind | null>(null);
  const [month, setMonth] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const all = withAdded(employees, added);
  const list = canEdit ? all : all.filter((e) => e.marketer.length + e.analyst.length > 0);
  const employee = list.find((e) => e.id === who) ?? list[0];
  const kinds = canEdit ? KINDS : KINDS.filter((k) => employee && employee[k].length > 0);
  // Unless a kind was picked, the one the employee has plans of (monthly first).
  const kind =
    picked && kinds.includes(picked) ? picked : (kinds.find((k) => employee?.[k].length) ?? 'marketer');
  const months = employee?.[kind] ?? [];
  const period = months.includes(month) ? month : months[0];

  /** Shows a plan just stored at once, then asks for the list again. */
  const stored = (a: AddedPlan, message: string) => {
    setAdded((xs) => [...xs, a]);
    setWho(a.employee);
    setPicked(a.kind);
    setMonth(a.period);
    setMode({ view: 'plan' });
    setNotice(message);
    reload?.();
  };

  if (mode.view === 'employee')
    return (
      <NewEmployee
        taken={all.map((e) => e.id)}
        onCancel={() => setMode({ view: 'plan' })}
        onNext={(owner, k) => setMode({ view: 'new', owner, name: owner.name, kind: k })}
      />
    );
  if (mode.view === 'new') {
    const known = all.find((e) => e.id === mode.owner.employee);
    return (
      <NewPlan
        key={`${mode.owner.employee}:${mode.kind}`}
        kind={mode.kind}
        owner={mode.owner}
        name={mode.name}
        months={known?.[mode.kind] ?? []}
        onCancel={() => setMode({ view: 'plan' })}
        onOpen={(p) => {
          setPicked(mode.kind);
          setMonth(p);
          setMode({ view: 'plan' });
        }}
        onCreated={(p) =>
          stored(
            { employee: mode.owner.employee, name: mode.name, kind: mode.kind, period: p },
            t('kpi.plan.created', { period: formatMonth(p, lang) }),
          )
        }
      />
    );
  }

  const addEmployee = (
    <button
      type="button"
      className="btn"
      data-testid="plan-new-employee"
      onClick={() => setMode({ view: 'employee' })}
    >
      {t('kpi.plan.newEmployee')}
    </button>
  );
  if (!employee)
    return canEdit ? (
      <>
        <p className="notice" data-testid="plan-none">
          {t('kpi.plan.noEmployees')}
        </p>
        <div className="actions">{addEmployee}</div>
      </>
    ) : (
      <p className="notice" data-testid="plan-none">
        {t('kpi.plan.noMarketer')}
      </p>
    );

  return (
    <>
      <div className="controls">
        {list.length > 1 ? (
          <SelectField
            label={t('kpi.employee')}
            name="plan-employee"
            value={employee.id}
            options={list.map((e) => ({ value: e.id, label: e.name }))}
            onChange={(v) => {
              setWho(v);
              setNotice(null);
            }}
          />
        ) : null}
        {kinds.length > 1 ? (
          <div className="plan-kind">
            <Segmented<PlanKind>
              label={t('kpi.plan.kind')}
              value={kind}
              onChange={(k) => {
                setPicked(k);
                setNotice(null);
              }}
              options={kinds.map((k) => ({ value: k, label: t(`kpi.plan.kind.${k}`) }))}
            />
          </div>
        ) : null}
        {period ? (
          <SelectField
            label={t('kpi.month')}
            name="plan-month"
            value={period}
            options={months.map((m) => ({ value: m, label: formatMonth(m, lang) }))}
            onChange={(m) => {
              setMonth(m);
              setNotice(null);
            }}
          />
        ) : null}
        {canEdit ? (
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="plan-new"
              onClick={() =>
                setMode({
                  view: 'new',
                  owner: { employee: employee.id, name: employee.name, channels: [] },
                  name: employee.name,
                  kind,
                })
              }
            >
              {t('kpi.plan.new')}
            </button>
            {addEmployee}
          </div>
        ) : null}
      </div>
      {notice ? (
        <p className="notice notice-ok" role="status" data-testid="plan-created">
          {notice}
        </p>
      ) : null}
      {period ? (
        <PlanMonth
          key={`${employee.id}:${kind}:${period}`}
          employee={employee}
          kind={kind}
          period={period}
          canEdit={canEdit}
          onCopied={(to) =>
            stored(
              { employee: employee.id, name: employee.name, kind, period: to },
              t('kpi.plan.copied', { period: formatMonth(to, lang) }),
            )
          }
        />
      ) : (
        <p className="notice" data-testid="plan-none-of-kind">
          {t('kpi.plan.noneOfKind')}
        </p>
      )}
    </>
  );
}
