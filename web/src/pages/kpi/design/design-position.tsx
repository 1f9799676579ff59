import { formatRatio } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { equalSplit, setWeight, sumPct, weightText, type DraftPosition } from './design-draft.ts';

/**
 * One position's KPIs with the factors behind each and its share of the bonus in percent, the
 * shares' total (red until it makes 100 %) and "equal split" to go back to 1 / count.
 */
export function DesignPosition({
  position: p,
  kpiName,
  factorNames,
  onChange,
  fallbackName,
}: {
  position: DraftPosition;
  /** The position's name while its field is blank («Должность 2»). */
  fallbackName: string;
  kpiName: (kpi: string) => string;
  factorNames: (kpi: string) => string;
  onChange: (p: DraftPosition) => void;
}) {
  const { t, lang } = useI18n();
  const sum = sumPct(p);
  const ok = Number.isFinite(sum) && Math.abs(sum - 100) <= 1e-7;
  const name = p.name.trim() || fallbackName;
  return (
    <div className="kpi-position" data-testid={`position-${p.key}`}>
      <strong>{name}</strong>
      {p.kpis.length === 0 ? (
        <p className="muted small">{t('kpi.design.noKpis')}</p>
      ) : (
        <>
          <ul className="design-weights">
            {p.kpis.map((k) => (
              <li key={k}>
                <label>
                  <span className="design-kpi">
                    {kpiName(k)}
                    <small className="muted">{factorNames(k)}</small>
                  </span>
                  <span className="design-input">
                    <input
                      name={`weight-${p.key}-${k}`}
                      inputMode="decimal"
                      autoComplete="off"
                      aria-label={t('kpi.design.weightOf', { kpi: kpiName(k), position: name })}
                      aria-invalid={!ok}
                      value={weightText(p, k, lang)}
                      onChange={(e) => onChange(setWeight(p, k, e.target.value, lang))}
                    />
                    <span aria-hidden="true">%</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div className="design-sum">
            <span className={`plan-sum ${ok ? 'ok' : 'bad'}`} data-testid={`weight-sum-${p.key}`}>
              {t('kpi.design.sum', { sum: Number.isFinite(sum) ? formatRatio(sum / 100, lang, 2) : '—' })}
            </span>
            <button
              type="button"
              className="btn"
              data-testid={`equal-${p.key}`}
              disabled={p.weights === null}
              title={t('kpi.design.equalTitle', { position: name })}
              onClick={() => onChange(equalSplit(p))}
            >
              {t('kpi.design.equal')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
