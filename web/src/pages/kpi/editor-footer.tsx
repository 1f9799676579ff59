import type { ReactNode } from 'react';
import { ErrorBox } from '../../components/error-box.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/**
 * The end of every plan editor (monthly, analyst, quarterly): what to fix before saving, the
 * server's refusal, the saved notice, and Save / Undo changes. `testId` prefixes the elements the
 * browser tests look for (`plan` → plan-errors, plan-saved, plan-save).
 */
export function EditorFooter({
  canEdit,
  problems,
  error,
  saved,
  busy,
  canSave,
  onReset,
  testId,
  more,
}: {
  canEdit: boolean;
  /** The draft's problems as sentences; saving is off while there are any. */
  problems: readonly string[];
  error: unknown;
  saved: boolean;
  busy: boolean;
  canSave: boolean;
  onReset: () => void;
  testId: string;
  /** Further buttons after Undo changes (the quarterly editor's Delete plan). */
  more?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <>
      {canEdit && problems.length > 0 ? (
        <div className="notice notice-error" role="alert" data-testid={`${testId}-errors`}>
          <strong>{t('kpi.plan.fix')}</strong>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? <ErrorBox error={error} /> : null}
      {saved ? (
        <p className="notice notice-ok" role="status" data-testid={`${testId}-saved`}>
          {t('kpi.plan.saved')}
        </p>
      ) : null}
      {canEdit ? (
        <div className="actions">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={busy || !canSave}
            data-testid={`${testId}-save`}
          >
            {t('kpi.plan.save')}
          </button>
          <button type="button" className="btn" onClick={onReset}>
            {t('kpi.plan.reset')}
          </button>
          {more}
        </div>
      ) : null}
    </>
  );
}
