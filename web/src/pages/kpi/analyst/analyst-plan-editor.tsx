import { fieldProblemText, PlanForm, usePlanDraft } from '../plan-form.tsx';
import { api } from '../../../api/client.ts';
import { formatRatio } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/ru.ts';
import {
  ANALYST_KPIS,
  analystWeightSum,
  fromAnalystDraft,
  toAnalystDraft,
  type AnalystDraft,
  type AnalystField,
  type AnalystKpi,
  type AnalystPlan,
  type AnalystProblem,
} from './analyst-plan-draft.ts';
import { Group, SumBadge } from '../plan/plan-editor.tsx';
import '../plan/plan-tools.css';
import type { Lang } from '../../../format/format.ts';

const fieldKey = (f: AnalystField) => `kpi.aplan.f.${f}` as MessageKey;
const kpiKey = (k: AnalystKpi) => `kpi.aplan.kpi.${k}` as MessageKey;

/** A problem of the draft as a sentence, worded like the monthly editor's. */
function problemText(p: AnalystProblem, t: ReturnType<typeof useI18n>['t'], lang: Lang): string {
  switch (p.kind) {
    case 'number':
    case 'positive':
      return fieldProblemText(p.kind, t(fieldKey(p.field)), t);
    case 'days':
      return t('kpi.aplan.err.days', { field: t(fieldKey(p.field)) });
    case 'kpiNumber':
      return t(p.what === 'weight' ? 'kpi.aplan.err.kpiWeight' : 'kpi.aplan.err.kpiPlan', {
        kpi: t(kpiKey(p.kpi)),
      });
    case 'none':
      return t('kpi.aplan.err.none');
    case 'sum':
      return t('kpi.plan.err.sum', { group: t('kpi.aplan.group.kpis'), sum: formatRatio(p.sum, lang, 1) });
  }
}

/**
 * Edits an analyst's monthly plan: the bonus base, which of timeliness, completeness and quality
 * pay and with what weight and plan, the corridor and how many business days a remark still
 * counts. The weights must make 100% before it can be saved. A new plan passes `start`, and
 * for someone not stored yet their `name` (the API keeps the employee with the plan).
 */
export function AnalystPlanEditor({
  plan,
  start,
  name,
  canEdit,
  onSaved,
}: {
  plan: AnalystPlan;
  start?: AnalystDraft;
  name?: string;
  canEdit: boolean;
  onSaved: (plan: AnalystPlan) => void;
}) {
  const { t, lang } = useI18n();
  const { draft, edit, input, form } = usePlanDraft<AnalystDraft>(() => start ?? toAnalystDraft(plan, lang));
  const checked = fromAnalystDraft(draft, plan);
  const editKpi = (k: AnalystKpi, patch: Partial<AnalystDraft['kpis'][AnalystKpi]>) =>
    edit({ kpis: { ...draft.kpis, [k]: { ...draft.kpis[k], ...patch } } });
  const bad = (test: (p: AnalystProblem) => boolean) => checked.problems.some(test);
  const curve = (k: AnalystKpi) => plan.kpis.some((x) => x.kpi === k && x.plan === undefined);

  const field = (f: AnalystField) =>
    input(
      f,
      `a-${f}`,
      t(fieldKey(f)),
      !canEdit,
      bad((p) => 'field' in p && p.field === f),
    );
  const params = { employee: plan.employee, period: plan.period };
  // Someone not stored yet is named, so the API keeps the employee with the plan.
  const put = (body: AnalystPlan) =>
    api('PUT /api/kpi/analyst-plans/{employee}/{period}', { params, body: name ? { ...body, name } : body });

  return (
    <PlanForm
      testId="analyst-plan-editor"
      canEdit={canEdit}
      {...form(checked, (p) => problemText(p, t, lang), put, onSaved)}
    >
      <Group title={t('kpi.plan.bonusGroup')}>
        <div className="plan-fields">{field('bonus')}</div>
      </Group>
      <Group title={t('kpi.aplan.kpisGroup')}>
        <ul className="plan-tasks" data-testid="analyst-kpis">
          {ANALYST_KPIS.map((k) => {
            const row = draft.kpis[k];
            return (
              <li key={k} className="plan-task analyst-kpi">
                <label className="plan-check name">
                  <input
                    type="checkbox"
                    name={`a-${k}-on`}
                    checked={row.on}
                    disabled={!canEdit}
                    onChange={(e) => editKpi(k, { on: e.target.checked })}
                  />
                  <span>{t(kpiKey(k))}</span>
                </label>
                <label className="field">
                  <span>{t('kpi.aplan.weight')}</span>
                  <input
                    name={`a-${k}-weight`}
                    inputMode="decimal"
                    value={row.weight}
                    disabled={!canEdit || !row.on}
                    aria-invalid={bad((p) => p.kind === 'kpiNumber' && p.kpi === k && p.what === 'weight')}
                    onChange={(e) => editKpi(k, { weight: e.target.value })}
                  />
                </label>
                {curve(k) ? (
                  <p className="muted small">{t('kpi.aplan.curve')}</p>
                ) : (
                  <label className="field">
                    <span>{t('kpi.aplan.plan')}</span>
                    <input
                      name={`a-${k}-plan`}
                      inputMode="decimal"
                      value={row.plan}
                      disabled={!canEdit || !row.on}
                      aria-invalid={bad((p) => p.kind === 'kpiNumber' && p.kpi === k && p.what === 'plan')}
                      onChange={(e) => editKpi(k, { plan: e.target.value })}
                    />
                  </label>
                )}
              </li>
            );
          })}
        </ul>
        <SumBadge group="kpis" sum={analystWeightSum(draft)} />
      </Group>
      <Group title={t('kpi.aplan.rulesGroup')}>
        <div className="plan-fields">
          {(['corridorFloor', 'corridorCap', 'acceptanceDays'] as const).map(field)}
        </div>
        <p className="muted small">{t('kpi.aplan.normsNote')}</p>
      </Group>
    </PlanForm>
  );
}
