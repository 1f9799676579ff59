import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { FormulaTree, Meta } from '../../api/types.ts';
import { useAnalysisParams } from '../../app/analysis-params.tsx';
import { labelText, nodeLabel } from '../../app/label.ts';
import { treeOf } from '../../app/meta.tsx';
import { useAsync } from '../../app/use-async.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Loading } from '../../components/loading.tsx';
import { MetaGate } from '../../components/meta-gate.tsx';
import { Panel } from '../../components/panel.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatRatio } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/ru.ts';
import type { KpiDesign } from './kpi-types.ts';

/** A column of the matrix: the name is the user's, `key` identifies it to the API. */
interface Position {
  key: string;
  name: string;
  kpis: string[];
}

// Starting columns: who usually moves which lever of the retail formula; ids missing from the
// chosen tree are dropped, and the user re-ticks anything.
const STARTERS: Array<[MessageKey, string[]]> = [
  ['kpi.design.default.marketer', ['L', 'Q']],
  ['kpi.design.default.sales', ['C', 'D']],
  ['kpi.design.default.category', ['Pu']],
];

function starters(tree: FormulaTree, name: (k: MessageKey) => string): Position[] {
  const ids = new Set(tree.nodes.map((n) => n.id));
  return STARTERS.map(([label, kpis], i) => ({
    key: `p${i + 1}`,
    name: name(label),
    kpis: kpis.filter((k) => ids.has(k)),
  }));
}

/** The factors under a node: its children, or the measure it reads. */
const factorsOf = (tree: FormulaTree, id: string): string[] => {
  const n = tree.nodes.find((x) => x.id === id);
  if (!n) return [];
  return n.kind === 'measure' ? (n.measure ? [n.measure] : []) : (n.of ?? []);
};

function Matrix({ tree, model }: { tree: FormulaTree; model: string }) {
  const { t, lang } = useI18n();
  const [positions, setPositions] = useState<Position[]>(() => starters(tree, (k) => t(k)));
  const staffed = positions.filter((p) => p.kpis.length > 0);
  const body = { model, positions: staffed.map((p) => ({ id: p.key, kpis: p.kpis })) };
  const res = useAsync(
    staffed.length === 0 ? null : (signal) => api<KpiDesign>('/kpi/design', { method: 'POST', body, signal }),
    [JSON.stringify(body)],
  );
  const shareOf = (key: string, kpi: string): number | null =>
    res.data?.byPosition.find((p) => p.position === key)?.kpis.find((k) => k.kpi === kpi)?.share ?? null;
  const toggle = (key: string, kpi: string) =>
    setPositions((ps) =>
      ps.map((p) =>
        p.key !== key
          ? p
          : { ...p, kpis: p.kpis.includes(kpi) ? p.kpis.filter((k) => k !== kpi) : [...p.kpis, kpi] },
      ),
    );
  const rename = (key: string, name: string) =>
    setPositions((ps) => ps.map((p) => (p.key === key ? { ...p, name } : p)));
  const add = () =>
    setPositions((ps) => {
      let n = ps.length + 1;
      while (ps.some((p) => p.key === `p${n}`)) n++;
      return [...ps, { key: `p${n}`, name: t('kpi.design.position', { n }), kpis: [] }];
    });
  const label = (id: string) => nodeLabel(tree, id, lang);
  return (
    <>
      <div className="kpi-matrix" data-testid="kpi-matrix">
        <TableScroll label={t('kpi.design.title')} wrap>
          <thead>
            <tr>
              <th>{t('kpi.kpi')}</th>
              <th className="opt">{t('kpi.design.factors')}</th>
              {positions.map((p) => (
                <th key={p.key} className="pos">
                  <div className="pos-head">
                    <input
                      aria-label={t('kpi.design.position', { n: p.key.slice(1) })}
                      name={`position-${p.key}`}
                      value={p.name}
                      onChange={(e) => rename(p.key, e.target.value)}
                    />
                    <button
                      type="button"
                      className="btn plan-remove"
                      title={t('kpi.design.removePosition', { name: p.name })}
                      aria-label={t('kpi.design.removePosition', { name: p.name })}
                      onClick={() => setPositions((ps) => ps.filter((x) => x.key !== p.key))}
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
                <td className="opt factors muted small">{factorsOf(tree, n.id).map(label).join(', ')}</td>
                {positions.map((p) => {
                  const on = p.kpis.includes(n.id);
                  const share = on ? shareOf(p.key, n.id) : null;
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
                          onChange={() => toggle(p.key, n.id)}
                        />
                        <span className="share" data-testid={`share-${p.key}-${n.id}`}>
                          {share === null ? '' : formatRatio(share, lang, 1)}
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
        <button type="button" className="btn" onClick={add}>
          {t('kpi.design.addPosition')}
        </button>
        {res.loading ? <Loading /> : null}
      </div>
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {staffed.length === 0 ? (
        <p className="notice" data-testid="kpi-design-empty">
          {t('kpi.design.empty')}
        </p>
      ) : null}
      {res.data && staffed.length > 0 ? (
        <>
          <h3>{t('kpi.design.byPosition')}</h3>
          <div className="kpi-positions" data-testid="kpi-positions">
            {positions.map((p) => {
              const d = res.data!.byPosition.find((x) => x.position === p.key);
              return (
                <div key={p.key} className="kpi-position">
                  <strong>{p.name}</strong>
                  {d ? (
                    <ul>
                      {d.kpis.map((k) => (
                        <li key={k.kpi}>
                          <span>{label(k.kpi)}</span>
                          <span className="num">{formatRatio(k.share, lang, 1)}</span>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="muted small">{t('kpi.design.noKpis')}</p>
                  )}
                </div>
              );
            })}
          </div>
        </>
      ) : null}
    </>
  );
}

function Designer({ meta }: { meta: Meta }) {
  const { t, lang } = useI18n();
  const { params } = useAnalysisParams();
  const [model, setModel] = useState(() =>
    meta.models.some((m) => m.id === params.model) ? params.model : (meta.models[0]?.id ?? ''),
  );
  const tree = treeOf(meta, model);
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
      {/* A new model has other KPIs: the columns start again from its levers. */}
      {tree ? <Matrix key={model} tree={tree} model={model} /> : null}
    </Panel>
  );
}

/**
 * The KPI designer (METHODOLOGY §2): the formula's KPIs × positions, ticked where a KPI is
 * decisive, each position's bonus shares from `POST /api/kpi/design`.
 */
export function DesignerView() {
  return <MetaGate needData={false}>{(meta) => <Designer meta={meta} />}</MetaGate>;
}
