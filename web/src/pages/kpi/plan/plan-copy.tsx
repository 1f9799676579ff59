import { useState } from 'react';
import { ApiError } from '../../../api/api-error.ts';
import { useRequest } from '../../../app/use-request.ts';
import { ErrorBox } from '../../../components/error-box.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { copyPlan } from './plan-api.ts';
import { nextMonth, type PlanKind } from './plan-months.ts';
import './plan-tools.css';

/**
 * Copies the plan on screen to another month (the next one by default) through the server, which
 * resets task completion and refuses to replace a plan the month already has unless asked to.
 */
export function CopyPlanForm({
  kind,
  employee,
  period,
  onCopied,
}: {
  kind: PlanKind;
  employee: string;
  period: string;
  onCopied: (to: string) => void;
}) {
  const { t } = useI18n();
  const [to, setTo] = useState(() => nextMonth(period));
  const [force, setForce] = useState(false);
  const { busy, error, setError, run } = useRequest();
  const valid = /^\d{4}-\d{2}$/.test(to) && to !== period;
  // A refusal about the months (the target has a plan, a bad month) is the user's to fix, not a failure.
  const refused = error instanceof ApiError && error.status === 400 ? error : null;
  const copy = () =>
    run(async () => {
      await copyPlan(kind, employee, period, { to, force });
      onCopied(to);
    }, false);
  return (
    <form
      className="plan-tools"
      data-testid="plan-copy"
      onSubmit={(e) => {
        e.preventDefault();
        void copy();
      }}
    >
      <p className="muted small">{t(kind === 'analyst' ? 'kpi.copy.hintAnalyst' : 'kpi.copy.hint')}</p>
      <div className="plan-tools-row">
        <label className="field">
          <span>{t('kpi.copy.to')}</span>
          <input
            type="month"
            name="copy-to"
            value={to}
            onChange={(e) => {
              setTo(e.target.value);
              setError(null);
            }}
          />
        </label>
        <label className="plan-check">
          <input
            type="checkbox"
            name="copy-force"
            checked={force}
            onChange={(e) => {
              setForce(e.target.checked);
              setError(null);
            }}
          />
          <span>{t('kpi.copy.force')}</span>
        </label>
        <button type="submit" className="btn" disabled={busy || !valid} data-testid="plan-copy-go">
          {t('kpi.copy.go')}
        </button>
      </div>
      {refused ? (
        <div className="notice notice-warn" role="alert" data-testid="plan-copy-refused">
          <p>{refused.message}</p>
          {force ? null : <p className="muted">{t('kpi.copy.forceHint')}</p>}
        </div>
      ) : error ? (
        <ErrorBox error={error} />
      ) : null}
    </form>
  );
}
