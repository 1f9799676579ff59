import { useState, type ReactNode } from 'react';
import { useRequest } from '../../app/use-request.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { T } from '../../i18n/translate.ts';
import { EditorFooter } from './editor-footer.tsx';

/** The fields of a draft that hold typed text. */
type TextField<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

/** A draft read back: the plan to store (null while there are problems) and the problems. */
interface Checked<P, Q> {
  plan: P | null;
  problems: readonly Q[];
}

/**
 * What the monthly and the analyst plan editors share: the draft, an edit that marks it unsaved
 * again, one field's input, and the form's saving and resetting (`form(…)`, spread on PlanForm).
 * `initial` is read on the first render and again on reset, so a reset follows the language.
 */
export function usePlanDraft<D extends object>(initial: () => D) {
  const [draft, setDraft] = useState<D>(initial);
  const request = useRequest();
  const edit = (patch: Partial<D>) => {
    setDraft((d) => ({ ...d, ...patch }));
    request.setSaved(false);
  };
  const input = (f: TextField<D>, name: string, label: string, disabled: boolean, invalid: boolean) => (
    <PlanInput
      key={f}
      name={name}
      label={label}
      value={draft[f] as string}
      disabled={disabled}
      invalid={invalid}
      onChange={(value) => edit({ [f]: value } as Partial<D>)}
    />
  );
  /** PlanForm's state for a checked draft: `put` stores the plan, `onSaved` gets the answer. */
  const form = <P, Q, R>(
    checked: Checked<P, Q>,
    describe: (problem: Q) => string,
    put: (plan: P) => Promise<R>,
    onSaved: (stored: R) => void,
  ) => ({
    problems: checked.problems.map(describe),
    canSave: checked.plan !== null,
    busy: request.busy,
    error: request.error,
    saved: request.saved,
    onSave: () => {
      const plan = checked.plan;
      if (plan) void request.run(async () => onSaved(await put(plan)));
    },
    onReset: () => {
      setDraft(initial());
      request.setError(null);
    },
  });
  return { draft, edit, input, form };
}

/** One number of a plan as a labelled input, marked while the draft has a problem with it. */
function PlanInput({
  name,
  label,
  value,
  disabled,
  invalid,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  disabled: boolean;
  invalid: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <input
        name={name}
        inputMode="decimal"
        autoComplete="off"
        value={value}
        disabled={disabled}
        aria-invalid={invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}

/**
 * The frame of a monthly plan editor: a form that saves on submit, the read-only notice, and the
 * footer (problems as sentences, the server's refusal, Save / Undo changes).
 */
export function PlanForm({
  testId,
  canEdit,
  problems,
  canSave,
  busy,
  error,
  saved,
  onSave,
  onReset,
  children,
}: ReturnType<ReturnType<typeof usePlanDraft>['form']> & {
  testId: string;
  canEdit: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <form
      className="plan-editor"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
    >
      {canEdit ? null : <p className="notice">{t('kpi.plan.readOnly')}</p>}
      {children}
      <EditorFooter
        canEdit={canEdit}
        problems={problems}
        error={error}
        saved={saved}
        busy={busy}
        canSave={canSave}
        onReset={onReset}
        testId="plan"
      />
    </form>
  );
}

/** The refusals the monthly and analyst editors word alike: a field that is no number, or not above zero. */
export const fieldProblemText = (kind: 'number' | 'positive', field: string, t: T): string =>
  t(kind === 'number' ? 'kpi.plan.err.number' : 'kpi.plan.err.positive', { field });
