import { useState } from 'react';
import { useAsync } from '../../../app/use-async.ts';
import { ErrorBox } from '../../../components/error-box.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatMonth } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { AnalystPlanEditor } from '../analyst/analyst-plan-editor.tsx';
import { defaultAnalystPlan, newAnalystDraft } from '../analyst/analyst-plan-draft.ts';
import { loadPlan } from './plan-api.ts';
import { carryPlan, methodologyPlan, newPlanDraft, type PlanOwner } from './plan-draft.ts';
import { PlanEditor } from './plan-editor.tsx';
import { newPlanMonth, type PlanKind } from './plan-months.ts';
import './plan-tools.css';

type Start = 'default' | 'latest';

/** The editor of a new plan begun from the default or from the latest plan, for `period`. */
function StartEditor({
  kind,
  owner,
  start,
  latest,
  period,
  onSaved,
}: {
  kind: PlanKind;
  owner: PlanOwner;
  start: Start;
  latest: string | undefined;
  period: string;
  onSaved: () => void;
}) {
  const { lang } = useI18n();
  const from = start === 'latest' && latest ? latest : null;
  const res = useAsync(from ? (signal) => loadPlan(kind, owner.employee, from, signal) : null, [
    kind,
    owner.employee,
    from,
  ]);
  if (from && !res.data) return res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : <Loading />;
  if (kind === 'analyst')
    return res.data?.kind === 'analyst' ? (
      <AnalystPlanEditor plan={{ ...res.data.plan, period }} name={owner.name} canEdit onSaved={onSaved} />
    ) : (
      <AnalystPlanEditor
        plan={defaultAnalystPlan(owner.employee, period)}
        start={newAnalystDraft(owner.employee, period, lang)}
        name={owner.name}
        canEdit
        onSaved={onSaved}
      />
    );
  return res.data?.kind === 'marketer' ? (
    <PlanEditor plan={carryPlan(res.data.plan, period)} canEdit onSaved={onSaved} />
  ) : (
    <PlanEditor
      plan={methodologyPlan(owner, period)}
      start={newPlanDraft(owner, period, lang)}
      canEdit
      onSaved={onSaved}
    />
  );
}

/**
 * A plan for a month that has none: pick the month (the one after the newest plan by default) and
 * what to start from — the methodology's plan or the employee's latest — then edit and save.
 */
export function NewPlan({
  kind,
  owner,
  name,
  months,
  onCreated,
  onOpen,
  onCancel,
}: {
  kind: PlanKind;
  owner: PlanOwner;
  /** How the employee is called on screen. */
  name: string;
  /** Months that already have a plan of this kind, newest first. */
  months: readonly string[];
  onCreated: (period: string) => void;
  onOpen: (period: string) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const [period, setPeriod] = useState(() => newPlanMonth(months, new Date()));
  const latest = months[0];
  const [start, setStart] = useState<Start>(latest ? 'latest' : 'default');
  const taken = months.includes(period);
  const valid = /^\d{4}-\d{2}$/.test(period);
  const hint =
    start === 'latest' && latest
      ? t('kpi.plan.startHint.latest', { period: formatMonth(latest, lang) })
      : t(kind === 'analyst' ? 'kpi.plan.startHint.analyst' : 'kpi.plan.startHint.default');
  const options: Array<{ value: Start; label: string }> = [
    {
      value: 'default',
      label: t(kind === 'analyst' ? 'kpi.plan.start.defaultAnalyst' : 'kpi.plan.start.default'),
    },
    ...(latest
      ? [
          {
            value: 'latest' as const,
            label: t('kpi.plan.start.latest', { period: formatMonth(latest, lang) }),
          },
        ]
      : []),
  ];
  return (
    <div className="plan-new" data-testid="plan-new-panel">
      <Panel
        title={t('kpi.plan.newTitle', { name })}
        actions={
          <button type="button" className="btn" onClick={onCancel}>
            {t('kpi.plan.cancel')}
          </button>
        }
      >
        <div className="plan-tools">
          <div className="plan-tools-row">
            <label className="field">
              <span>{t('kpi.plan.newMonth')}</span>
              <input
                type="month"
                name="new-month"
                value={period}
                required
                onChange={(e) => setPeriod(e.target.value)}
              />
            </label>
            <fieldset className="field plan-start">
              <legend>{t('kpi.plan.startFrom')}</legend>
              {options.map((o) => (
                <label key={o.value}>
                  <input
                    type="radio"
                    name="plan-start"
                    value={o.value}
                    checked={start === o.value}
                    onChange={() => setStart(o.value)}
                  />
                  {o.label}
                </label>
              ))}
            </fieldset>
          </div>
          <p className="muted small">{hint}</p>
          {taken ? (
            <div className="notice notice-warn" role="status" data-testid="plan-month-taken">
              {t('kpi.plan.monthTaken', { period: formatMonth(period, lang) })}{' '}
              <button type="button" className="link" onClick={() => onOpen(period)}>
                {t('kpi.plan.open')}
              </button>
            </div>
          ) : null}
        </div>
        {/* Hidden, not unmounted, while the month is taken: what was typed survives a month change. */}
        <div hidden={taken || !valid}>
          <StartEditor
            key={`${start}:${lang}`}
            kind={kind}
            owner={owner}
            start={start}
            latest={latest}
            period={period}
            onSaved={() => onCreated(period)}
          />
        </div>
      </Panel>
    </div>
  );
}
