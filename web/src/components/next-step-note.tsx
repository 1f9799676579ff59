import type { NextStep } from '../api/types.ts';
import { dimensionLabel } from '../app/filters.ts';
import { useDimensions } from '../app/use-dimensions.ts';
import { formatMoney } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * "What to do next": which lever, which segments, which tools — the line the server composes in
 * both languages from the key constraint and the methodology's lever → tools rule.
 */
export function NextStepNote({
  step,
  source,
}: {
  step: NextStep;
  /** Name where it comes from (Levers). */ source?: boolean;
}) {
  const { t, lang } = useI18n();
  // The slice by its name («Магазин»), as the line above names it, not the column id.
  const lists = useDimensions();
  return (
    <div className="notice next-step" data-testid="next-step" data-lever={step.lever}>
      <strong>{t('next.title')}</strong>
      <p>{step.text[lang]}</p>
      {source ? (
        <p className="muted small">
          {t('next.potential', { gain: formatMoney(step.potential, lang, 0) })}{' '}
          {t('next.levers', { dim: dimensionLabel(step.dim, lang, lists) })}
        </p>
      ) : null}
    </div>
  );
}
