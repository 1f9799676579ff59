import type { FormulaResult } from '../../api/types.ts';
import { formatMoney } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { needText } from '../../app/coverage.ts';

/** Revenue and profit in large type: what an owner looks at first. */
export function KeyFigures({ result }: { result: FormulaResult }) {
  const { t, lang } = useI18n();
  return (
    <div className="figures" data-testid="key-figures">
      <div className="figure">
        <span>{t('formula.revenue')}</span>
        <strong data-testid="revenue">{formatMoney(result.revenue, lang)}</strong>
      </div>
      {result.profit !== undefined ? (
        <div className="figure">
          <span>{t('formula.profit')}</span>
          <strong data-testid="profit">{formatMoney(result.profit, lang)}</strong>
          {result.profit === null && result.coverage?.needs['profit'] ? (
            <span className="need">{needText(result.coverage.needs['profit'], lang, t)}</span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
