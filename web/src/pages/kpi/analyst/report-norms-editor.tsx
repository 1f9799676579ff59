import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useAsync } from '../../../app/use-async.ts';
import { useRequest } from '../../../app/use-request.ts';
import { ErrorBox } from '../../../components/error-box.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import {
  changedNorms,
  toNormRows,
  type NormProblem,
  type NormRow,
  type ReportNorm,
} from './report-norms-draft.ts';
import '../plan/plan-tools.css';

function problemText(p: NormProblem, t: ReturnType<typeof useI18n>['t']): string {
  switch (p.kind) {
    case 'type':
      return t('kpi.norms.err.type', { n: p.row });
    case 'duplicate':
      return t('kpi.norms.err.duplicate', { n: p.row, type: p.type });
    case 'days':
      return t('kpi.norms.err.days', { n: p.row });
  }
}

/** Edits the rows of the stored norms; saving stores the new and changed ones, one request each. */
function NormsForm({ stored, onSaved }: { stored: ReportNorm[]; onSaved: () => void }) {
  const { t, lang } = useI18n();
  const [rows, setRows] = useState<NormRow[]>(() => toNormRows(stored, lang));
  const { busy, error, saved, setSaved, run } = useRequest();
  const checked = changedNorms(rows, stored);
  const edit = (i: number, patch: Partial<NormRow>) => {
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    setSaved(false);
  };
  const save = () =>
    run(async () => {
      for (const n of checked.changed)
        await api('PUT /api/kpi/report-norms/{type}', {
          params: { type: n.type },
          body: { name: n.name, days: n.days },
        });
      onSaved();
    });
  return (
    <form
      className="plan-tools"
      data-testid="report-norms"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted small">{t('kpi.norms.hint')}</p>
      <ol className="plan-tasks">
        {rows.map((r, i) => (
          <li key={i} className="plan-task norm-row">
            <label className="field">
              <span>{t('kpi.norms.type')}</span>
              <input
                name={`norm-${i}-type`}
                value={r.type}
                disabled={!r.added}
                onChange={(e) => edit(i, { type: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('kpi.norms.name')}</span>
              <input
                name={`norm-${i}-name`}
                value={r.name}
                onChange={(e) => edit(i, { name: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t('kpi.norms.days')}</span>
              <input
                name={`norm-${i}-days`}
                inputMode="decimal"
                value={r.days}
                onChange={(e) => edit(i, { days: e.target.value })}
              />
            </label>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={() => setRows((rs) => [...rs, { type: '', name: '', days: '', added: true }])}
        >
          {t('kpi.norms.add')}
        </button>
      </div>
      {checked.problems.length > 0 ? (
        <div className="notice notice-error" role="alert">
          <ul>
            {checked.problems.map((p, i) => (
              <li key={i}>{problemText(p, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? <ErrorBox error={error} /> : null}
      {saved ? (
        <p className="notice notice-ok" role="status">
          {t('kpi.norms.saved')}
        </p>
      ) : null}
      <div className="actions">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={busy || checked.problems.length > 0 || checked.changed.length === 0}
          data-testid="report-norms-save"
        >
          {t('kpi.norms.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * The company's time norms per report type, beside the analyst's plan: an ad-hoc request without an
 * agreed date is due that many business days after it was asked for. Owners and managers edit them.
 */
export function ReportNormsEditor({ onSaved }: { onSaved: () => void }) {
  const { lang } = useI18n();
  const res = useAsync((signal) => api('GET /api/kpi/report-norms', { signal }), []);
  if (res.error) return <ErrorBox error={res.error} onRetry={res.reload} />;
  if (!res.data) return <Loading />;
  return (
    <NormsForm
      key={`${JSON.stringify(res.data)}:${lang}`}
      stored={res.data}
      onSaved={() => {
        res.reload();
        onSaved();
      }}
    />
  );
}
