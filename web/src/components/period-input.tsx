import { useI18n } from '../i18n/i18n-context.tsx';

/** Splits `2024-11..2025-10` into its months; missing parts come back empty. */
export function splitPeriod(p: string): [string, string] {
  const [from = '', to = ''] = p.split('..');
  return [from, to];
}

/** Two month pickers for a `from..to` period of whole months. */
export function PeriodInput({
  label,
  value,
  onChange,
  testId,
}: {
  label: string;
  value: string;
  onChange: (period: string) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const [from, to] = splitPeriod(value);
  const set = (f: string, tt: string) => {
    // Half-typed periods wait: the API would answer a 400 for `2025-11..`.
    if (/^\d{4}-\d{2}$/.test(f) && /^\d{4}-\d{2}$/.test(tt)) onChange(`${f}..${tt}`);
  };
  return (
    <fieldset className="field period" data-testid={testId}>
      <legend>{label}</legend>
      <label>
        <span className="sr-only">
          {label} {t('controls.from')}
        </span>
        <input type="month" value={from} onChange={(e) => set(e.target.value, to)} data-part="from" />
      </label>
      <span aria-hidden="true">–</span>
      <label>
        <span className="sr-only">
          {label} {t('controls.to')}
        </span>
        <input type="month" value={to} onChange={(e) => set(from, e.target.value)} data-part="to" />
      </label>
    </fieldset>
  );
}
