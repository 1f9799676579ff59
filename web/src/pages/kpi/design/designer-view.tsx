import { useState } from 'react';
import { api } from '../../../api/client.ts';
import type { FormulaTree, Meta } from '../../../api/types.ts';
import { useAnalysisParams } from '../../../app/analysis-params.tsx';
import { labelText, nodeLabel } from '../../../app/label.ts';
import { treeOf } from '../../../app/meta.tsx';
import { useSession } from '../../../app/session.tsx';
import { useAsync } from '../../../app/use-async.ts';
import { ErrorBox } from '../../../components/error-box.tsx';
import { Loading } from '../../../components/loading.tsx';
import { MetaGate } from '../../../components/meta-gate.tsx';
import { Panel } from '../../../components/panel.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';
import { formatDate, formatRatio } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../../i18n/ru.ts';
import {
  checkDesign,
  fromSaved,
  newPositionKey,
  sharesOf,
  toggleKpi,
  type DraftPosition,
  type SavedDesignAnswer,
} from './design-draft.ts';
import { DesignPosition } from './design-position.tsx';
import { designProblemText } from './design-problems.ts';
import './designer.css';

/** Who may save a design: the route table's PUT /api/kpi/designs/:model (src/server/access.ts). */
const DESIGN_EDITORS: readonly string[] = ['owner', 'manager'];

// Starting columns: who usually moves which lever of the retail formula; ids missing from the
// chosen tree are dropped (and a column left with none), and the user re-ticks anything.
const STARTERS: Array<[MessageKey, string[]]> = [
  ['kpi.design.default.marketer', ['L', 'Q']],
  ['kpi.design.default.sales', ['C', 'D']],
  ['kpi.design.default.category', ['Pu']],
];

function starters(tree: FormulaTree, name: (k: MessageKey) => string): DraftPosition[] {
  const ids = new Set(tree.nodes.map((n) => n.id));
  return STARTERS.map(([label, kpis], i) => ({
    key: `p${i + 1}`,
    name: name(label),
    kpis: kpis.filter((k) => ids.has(k)),
    weights: null,
  })).filter((p) => p.kpis.length > 0);
}

function Matrix({ tree, model, answer }: { tree: FormulaTree; model: string; answer: SavedDesignAnswer }) {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const canSave = DESIGN_EDITORS.includes(user?.role ?? '');
  const [baseline, setBaseline] = useState(answer.saved);
  const [positions, setPositions] = useState<DraftPosition[]>(() =>
    answer.saved ? fromSaved(answer.saved.positions, lang) : starters(tree, (k) => t(k)),
  );
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [justSaved, setJustSaved] = useState(false);
  const unnamed = (n: number) => t('kpi.design.position', { n });
  const checked = checkDesign(positions, unnamed);
  const edit = (fn: (ps: DraftPosition[]) => DraftPosition[]) => {
    setPositions(fn);
    setDirty(true);
    setJustSaved(false);
  };
  const editOne = (key: string, fn: (p: DraftPosition) => DraftPosition) =>
    edit((ps) => ps.map((p) => (p.key === key ? fn(p) : p)));
  const row = (id: string) => answer.design.table.find((r) => r.kpi === id);
  const kpiName = (id: string) => (row(id) ? labelText(row(id)!.name, lang) : nodeLabel(tree, id, lang));
  const factorNames = (id: string) => (row(id)?.factorNames ?? []).map((n) => labelText(n, lang)).join(', ');

  const save = async () => {
    if (!checked.positions) return;
    setSaving(true);
    setSaveError(null);
    try {
      const stored = await api('PUT /api/kpi/designs/{model}', {
        params: { model },
        body: { positions: checked.positions },
      });
      setBaseline(stored.saved);
      setDirty(false);
      setJustSaved(true);
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="kpi-designer"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="muted small" data-testid="kpi-design-status">
        {baseline
          ? t('kpi.design.savedAt', { when: formatDate(baseline.updatedAt, lang, true) })
          : t('kpi.design.notSaved')}
        {dirty ? ` ${t('kpi.design.unsaved')}` : ''}
        {canSave ? '' : ` ${t('kpi.design.readOnly')}`}
      </p>
      <div className="kpi-matrix" data-testid="kpi-matrix">
        <TableScroll label={t('kpi.design.title')} wrap>
          <thead>
            <tr>
              <th>{t('kpi.kpi')}</th>
              <th className="opt">{t('kpi.design.factors')}</th>
              {positions.map((p, i) => (
                <th key={p.key} className="pos">
                  <div className="pos-head">
                    <input
                      aria-label={unnamed(i + 1)}
                      placeholder={unnamed(i + 1)}
                      name={`position-${p.key}`}
                      value={p.name}
                      onChange={(e) => editOne(p.key, (x) => ({ ...x, name: e.target.value }))}
                    />
                    <button
                      type="button"
                      className="btn plan-remove"
                      title={t('kpi.design.removePosition', { name: p.name.trim() || unnamed(i + 1) })}
                      aria-label={t('kpi.design.removePosition', { name: p.name.trim() || unnamed(i + 1) })}
                      onClick={() => edit((ps) => ps.filter((x) => x.key !== p.key))}
                    >
                      ×
                    </button>
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tree.nodes.map((n) => (
              <tr key={n.id} data-kpi={n.id}>
                <th scope="row">{labelText(n.label, lang)}</th>
                <td className="opt factors muted small" data-testid={`factors-${n.id}`}>
                  {factorNames(n.id)}
                </td>
                {positions.map((p) => {
                  const on = p.kpis.includes(n.id);
                  const share = on ? sharesOf(p)[n.id] : undefined;
                  return (
                    <td key={p.key} className={`cell${on ? ' on' : ''}`}>
                      <label>
                        <input
                          type="checkbox"
                          checked={on}
                          aria-label={t('kpi.design.decisive', {
                            kpi: labelText(n.label, lang),
                            position: p.name,
                          })}
                          onChange={() => editOne(p.key, (x) => toggleKpi(x, n.id))}
                        />
                        <span className="share" data-testid={`share-${p.key}-${n.id}`}>
                          {share === undefined || !Number.isFinite(share) ? '' : formatRatio(share, lang, 1)}
                        </span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </TableScroll>
      </div>
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={() =>
            edit((ps) => {
              const key = newPositionKey(ps);
              return [
                ...ps,
                { key, name: t('kpi.design.position', { n: ps.length + 1 }), kpis: [], weights: null },
              ];
            })
          }
        >
          {t('kpi.design.addPosition')}
        </button>
      </div>
      <h3>{t('kpi.design.byPosition')}</h3>
      {positions.length === 0 ? (
        <p className="notice" data-testid="kpi-design-empty">
          {t('kpi.design.empty')}
        </p>
      ) : (
        <div className="kpi-positions" data-testid="kpi-positions">
          {positions.map((p, i) => (
            <DesignPosition
              key={p.key}
              position={p}
              fallbackName={unnamed(i + 1)}
              kpiName={kpiName}
              factorNames={factorNames}
              onChange={(next) => editOne(p.key, () => next)}
            />
          ))}
        </div>
      )}
      {checked.problems.length > 0 ? (
        <div className="notice notice-error" role="alert" data-testid="kpi-design-errors">
          <strong>{t('kpi.design.fix')}</strong>
          <ul>
            {checked.problems.map((p, i) => (
              <li key={i}>{designProblemText(p, t, lang, kpiName)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {saveError ? <ErrorBox error={saveError} /> : null}
      {justSaved ? (
        <p className="notice notice-ok" role="status" data-testid="kpi-design-saved">
          {t('kpi.design.saved')}
        </p>
      ) : null}
      <div className="actions">
        {canSave ? (
          <button
            type="submit"
            className="btn btn-primary"
            disabled={saving || checked.positions === null || !dirty}
            data-testid="kpi-design-save"
          >
            {t('kpi.design.save')}
          </button>
        ) : null}
        {baseline && dirty ? (
          <button
            type="button"
            className="btn"
            onClick={() => {
              setPositions(fromSaved(baseline.positions, lang));
              setDirty(false);
              setSaveError(null);
            }}
          >
            {t('kpi.design.revert')}
          </button>
        ) : null}
        {baseline && !dirty ? (
          <a
            className="btn"
            href={`/api/kpi/designs/${encodeURIComponent(model)}/xlsx?lang=${lang}`}
            download
            data-testid="kpi-design-download"
          >
            {t('kpi.design.download')}
          </a>
        ) : null}
      </div>
    </form>
  );
}

function Designer({ meta }: { meta: Meta }) {
  const { t, lang } = useI18n();
  const { params } = useAnalysisParams();
  const [model, setModel] = useState(() =>
    meta.models.some((m) => m.id === params.model) ? params.model : (meta.models[0]?.id ?? ''),
  );
  const tree = treeOf(meta, model);
  const res = useAsync(
    (signal) => api('GET /api/kpi/designs/{model}', { params: { model }, signal }),
    [model],
  );
  return (
    <Panel title={t('kpi.design.title')}>
      <p className="muted">{t('kpi.design.hint')}</p>
      <div className="controls">
        <SelectField
          label={t('kpi.design.model')}
          name="design-model"
          value={model}
          options={meta.models.map((m) => ({ value: m.id, label: labelText(m.label, lang) }))}
          onChange={setModel}
        />
      </div>
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {/* A new model has other KPIs and its own saved design: the page starts again from it. */}
      {tree && res.data && res.data.model === model ? (
        <Matrix key={model} tree={tree} model={model} answer={res.data} />
      ) : null}
    </Panel>
  );
}

/**
 * The KPI designer (METHODOLOGY §2): the formula's KPIs × positions, ticked where a KPI is
 * decisive; each position's bonus shares, equal or typed and making 100 %; saved per model
 * (GET/PUT /api/kpi/designs/{model}) and downloadable as the workbook HR edits.
 */
export function DesignerView() {
  return <MetaGate needData={false}>{(meta) => <Designer meta={meta} />}</MetaGate>;
}
