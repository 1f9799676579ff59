import { useEffect, useId, useMemo, useState } from 'react';
import { api } from '../api/client.ts';
import type { DimensionValues } from '../api/types.ts';
import { dimensionLabel, filterable, filtersFromMap, filtersToMap } from '../app/filters.ts';
import { useAsync } from '../app/use-async.ts';
import { formatMoneyCompact, formatNumber } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Loading } from './loading.tsx';
import './filters.css';

type Dim = DimensionValues['dimensions'][number];

/** Waits until typing pauses before a search goes to the server. */
function useSettled(text: string, ms = 250): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const id = setTimeout(() => setSettled(text), ms);
    return () => clearTimeout(id);
  }, [text, ms]);
  return settled;
}

/**
 * One dimension's values as checkboxes, most revenue first. The top N came with the page; when
 * the dimension has more, a search asks the server (GET /api/dimensions?dimension=…&search=…)
 * instead of the browser holding a list of thousands.
 */
function ValueList({
  dim,
  picked,
  onToggle,
}: {
  dim: Dim;
  picked: readonly string[];
  onToggle: (value: string) => void;
}) {
  const { t, lang } = useI18n();
  const [text, setText] = useState('');
  const search = useSettled(text.trim());
  const long = dim.total > dim.values.length;
  const remote = useAsync(
    long && search
      ? (signal) => api('GET /api/dimensions', { query: { dimension: dim.dimension, search }, signal })
      : null,
    [dim.dimension, search, long],
  );
  const local = useMemo(
    () => dim.values.filter((v) => v.value.toLowerCase().includes(text.trim().toLowerCase())),
    [dim, text],
  );
  const found = long && search ? remote.data?.dimensions[0] : undefined;
  const values = found ? found.values : local;
  const total = found ? found.total : long && !text.trim() ? dim.total : values.length;
  // Picked values stay visible (and un-tickable) even when the search or the top N leaves them out.
  const shown = [
    ...picked
      .filter((p) => !values.some((v) => v.value === p))
      .map((value) => ({ value, revenue: null, rows: 0 })),
    ...values,
  ];
  const listId = useId();
  return (
    <>
      <label className="field grow">
        <span>{t('filters.search')}</span>
        <input
          type="search"
          name="filter-search"
          value={text}
          autoComplete="off"
          aria-controls={listId}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <div
        className="filter-values"
        id={listId}
        role="group"
        aria-label={t('filters.values', { dim: dim.label[lang] })}
        data-testid="filter-values"
      >
        {shown.map((v) => {
          const ok = filterable(v.value);
          return (
            <label
              key={v.value}
              className={ok ? '' : 'muted'}
              title={ok ? undefined : t('filters.unsendable')}
            >
              <input
                type="checkbox"
                checked={picked.includes(v.value)}
                disabled={!ok}
                onChange={() => onToggle(v.value)}
              />
              <span className="filter-value">{v.value}</span>
              <small className="muted">
                {v.revenue !== null
                  ? t('filters.revenue', { sum: formatMoneyCompact(v.revenue, lang) })
                  : v.rows > 0
                    ? t('filters.rows', { n: formatNumber(v.rows, lang, 0) })
                    : ''}
              </small>
            </label>
          );
        })}
      </div>
      {text.trim() && values.length === 0 && !remote.loading ? (
        <p className="muted small">{t('filters.noMatch', { text: text.trim() })}</p>
      ) : null}
      {total > values.length ? (
        <p className="muted small" data-testid="filter-more">
          {t('filters.shown', {
            shown: formatNumber(values.length, lang, 0),
            total: formatNumber(total, lang, 0),
          })}
        </p>
      ) : null}
    </>
  );
}

/**
 * The filter as dropdowns of the data's own values (GET /api/dimensions): chips for what is
 * applied, «+ Фильтр» to pick a dimension and tick values. Nothing is typed, so a filter cannot
 * misspell a store; a period in which the picked values have no rows is the pages' notice to show.
 * The filters stay `dim=v1,v2` strings, as the API and the shared analysis params take them.
 */
export function FilterInput({
  value,
  onChange,
  lists,
}: {
  value: string[];
  onChange: (filters: string[]) => void;
  /** GET /api/dimensions, loaded by the controls (null while it loads). */
  lists: DimensionValues | null;
}) {
  const { t, lang } = useI18n();
  const applied = useMemo(() => filtersToMap(value), [value]);
  const [open, setOpen] = useState(false);
  const [dim, setDim] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const labelId = useId();
  const dims = lists?.dimensions.filter((d) => d.total > 0) ?? [];
  const current = dims.find((d) => d.dimension === dim) ?? dims[0];
  const edit = (d: string) => {
    setDim(d);
    setPicked(applied.get(d) ?? []);
    setOpen(true);
  };
  const apply = () => {
    if (!current) return;
    const next = new Map(applied);
    next.set(current.dimension, picked);
    const out = filtersFromMap(next);
    if (out.join(';') !== value.join(';')) onChange(out);
    setOpen(false);
  };
  const remove = (d: string) => {
    const next = new Map(applied);
    next.delete(d);
    onChange(filtersFromMap(next));
  };
  return (
    <div className="field grow filter-picker" data-testid="filter-picker">
      <span id={labelId}>{t('controls.filter')}</span>
      <div className="filter-chips" role="group" aria-labelledby={labelId}>
        {applied.size === 0 ? <span className="muted small">{t('filters.none')}</span> : null}
        {[...applied.entries()].map(([d, vs]) => (
          <span key={d} className="chip" data-testid={`filter-chip-${d}`}>
            <button
              type="button"
              className="chip-text"
              title={t('filters.edit', { dim: dimensionLabel(d, lang, lists) })}
              onClick={() => edit(d)}
            >
              {dimensionLabel(d, lang, lists)}: {vs.join(', ')}
            </button>
            <button
              type="button"
              className="chip-x"
              aria-label={t('filters.remove', { dim: dimensionLabel(d, lang, lists) })}
              title={t('filters.remove', { dim: dimensionLabel(d, lang, lists) })}
              onClick={() => remove(d)}
            >
              ×
            </button>
          </span>
        ))}
        <button
          type="button"
          className="btn btn-small"
          aria-expanded={open}
          data-testid="filter-add"
          onClick={() =>
            open ? setOpen(false) : edit(dims.find((d) => !applied.has(d.dimension))?.dimension ?? '')
          }
        >
          {t('filters.add')}
        </button>
      </div>
      {open ? (
        <div
          className="filter-pop"
          role="group"
          aria-label={t('controls.filter')}
          data-testid="filter-pop"
          onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}
        >
          {lists === null ? (
            <Loading />
          ) : dims.length === 0 || !current ? (
            <p className="muted small">{t('filters.noDimensions')}</p>
          ) : (
            <>
              <div className="controls">
                <label className="field">
                  <span>{t('filters.dimension')}</span>
                  <select
                    name="filter-dimension"
                    value={current.dimension}
                    onChange={(e) => {
                      setDim(e.target.value);
                      setPicked(applied.get(e.target.value) ?? []);
                    }}
                  >
                    {dims.map((d) => (
                      <option key={d.dimension} value={d.dimension}>
                        {d.label[lang]}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <ValueList
                key={current.dimension}
                dim={current}
                picked={picked}
                onToggle={(v) => setPicked((p) => (p.includes(v) ? p.filter((x) => x !== v) : [...p, v]))}
              />
              <div className="actions">
                <button type="button" className="btn btn-primary" data-testid="filter-apply" onClick={apply}>
                  {t('filters.apply')}
                </button>
                <button
                  type="button"
                  className="btn"
                  onClick={() => setPicked([])}
                  disabled={picked.length === 0}
                >
                  {t('filters.clearDim')}
                </button>
                <button type="button" className="btn" onClick={() => setOpen(false)}>
                  {t('filters.cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
