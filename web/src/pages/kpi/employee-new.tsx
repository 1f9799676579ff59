import { useState } from 'react';
import { Panel } from '../../components/panel.tsx';
import { Segmented } from '../../components/segmented.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/ru.ts';
import type { PlanOwner } from './plan/plan-draft.ts';
import { employeeIdFor, isEmployeeId, type PlanKind } from './plan/plan-months.ts';
import './plan/plan-tools.css';

/**
 * Someone without a plan yet: their name, id, position and channel scope. Nothing is stored here —
 * the API keeps an employee with their first plan (PUT /api/kpi/plans/… carries name and scope),
 * so the next step is that plan.
 */
export function NewEmployee({
  taken,
  onNext,
  onCancel,
}: {
  /** Ids already in use. */
  taken: readonly string[];
  onNext: (owner: PlanOwner & { name: string }, kind: PlanKind) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [id, setId] = useState<string | null>(null);
  const [position, setPosition] = useState('');
  const [channels, setChannels] = useState('');
  const [kind, setKind] = useState<PlanKind>('marketer');
  const [tried, setTried] = useState(false);
  const shownId = id ?? (name.trim() ? employeeIdFor(name, taken) : '');
  const problems: MessageKey[] = [];
  if (!name.trim()) problems.push('kpi.emp.err.name');
  if (name.trim() && !isEmployeeId(shownId)) problems.push('kpi.emp.err.id');
  const clash = taken.includes(shownId);
  return (
    <Panel
      title={t('kpi.emp.title')}
      actions={
        <button type="button" className="btn" onClick={onCancel}>
          {t('kpi.plan.cancel')}
        </button>
      }
    >
      <form
        className="plan-tools plan-new"
        data-testid="employee-new"
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (problems.length > 0 || clash) return;
          const scope = channels
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean);
          onNext(
            {
              employee: shownId,
              name: name.trim(),
              ...(position.trim() ? { position: position.trim() } : {}),
              channels: scope,
            },
            kind,
          );
        }}
      >
        <div className="plan-tools-row">
          <label className="field">
            <span>{t('kpi.emp.name')}</span>
            <input
              name="emp-name"
              value={name}
              autoComplete="off"
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('kpi.emp.id')}</span>
            <input
              name="emp-id"
              value={shownId}
              autoComplete="off"
              aria-invalid={tried && (clash || problems.includes('kpi.emp.err.id'))}
              onChange={(e) => setId(e.target.value.trim())}
            />
          </label>
        </div>
        <div className="plan-tools-row">
          <label className="field">
            <span>{t('kpi.emp.position')}</span>
            <input name="emp-position" value={position} onChange={(e) => setPosition(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('kpi.emp.channels')}</span>
            <input name="emp-channels" value={channels} onChange={(e) => setChannels(e.target.value)} />
          </label>
        </div>
        <Segmented<PlanKind>
          label={t('kpi.plan.kind')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'marketer', label: t('kpi.plan.kind.marketer') },
            { value: 'analyst', label: t('kpi.plan.kind.analyst') },
          ]}
        />
        <p className="muted small">{t('kpi.emp.hint')}</p>
        {tried && (problems.length > 0 || clash) ? (
          <div className="notice notice-error" role="alert">
            <ul>
              {problems.map((p) => (
                <li key={p}>{t(p)}</li>
              ))}
              {clash ? <li>{t('kpi.emp.err.taken', { id: shownId })}</li> : null}
            </ul>
          </div>
        ) : null}
        <div className="actions">
          <button type="submit" className="btn btn-primary" data-testid="employee-next">
            {t('kpi.emp.next')}
          </button>
        </div>
      </form>
    </Panel>
  );
}
