import { useState } from 'react';
import { useAsync } from '../../../app/use-async.ts';
import { ErrorBox } from '../../../components/error-box.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatMonth } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { AnalystPlanEditor } from '../analyst/analyst-plan-editor.tsx';
import type { KpiEmployee } from '../kpi-types.ts';
import { loadPlan } from './plan-api.ts';
import { CopyPlanForm } from './plan-copy.tsx';
import { PlanEditor } from './plan-editor.tsx';
import type { PlanKind } from './plan-months.ts';
import { ReportNormsEditor } from '../analyst/report-norms-editor.tsx';
import { SheetPanel } from '../sheet/sheet-panel.tsx';

/**
 * One month's plan of either kind beside the sheet it pays: saving the plan (or, for an analyst,
 * the time norms) recomputes the sheet; an owner or a manager can also copy it to another month.
 */
export function PlanMonth({
  employee,
  kind,
  period,
  canEdit,
  onCopied,
}: {
  employee: KpiEmployee;
  kind: PlanKind;
  period: string;
  canEdit: boolean;
  onCopied: (to: string) => void;
}) {
  const { t, lang } = useI18n();
  const [version, setVersion] = useState(0);
  const res = useAsync((signal) => loadPlan(kind, employee.id, period, signal), [kind, employee.id, period]);
  // Another plan or language on screen remounts the editor, so its draft starts from that plan.
  const key = `${kind}:${employee.id}:${period}:${lang}`;
  const saved = () => setVersion((v) => v + 1);
  const title = t(kind === 'analyst' ? 'kpi.aplan.title' : 'kpi.plan.title', {
    name: employee.name,
    period: formatMonth(period, lang),
  });
  return (
    <div className="plan-layout">
      <div className="plan-column">
        <Panel title={title}>
          {res.loading && !res.data ? <Loading /> : null}
          {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
          {res.data?.kind === 'analyst' && kind === 'analyst' ? (
            <AnalystPlanEditor key={key} plan={res.data.plan} canEdit={canEdit} onSaved={saved} />
          ) : null}
          {res.data?.kind === 'marketer' && kind === 'marketer' ? (
            <PlanEditor key={key} plan={res.data.plan} canEdit={canEdit} onSaved={saved} />
          ) : null}
        </Panel>
        {canEdit && res.data ? (
          <Panel title={t('kpi.copy.title')}>
            <CopyPlanForm kind={kind} employee={employee.id} period={period} onCopied={onCopied} />
          </Panel>
        ) : null}
        {canEdit && kind === 'analyst' ? (
          <Panel title={t('kpi.norms.title')}>
            <ReportNormsEditor onSaved={saved} />
          </Panel>
        ) : null}
      </div>
      <SheetPanel employee={employee} kind={kind} period={period} version={version} />
    </div>
  );
}
