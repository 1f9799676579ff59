import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { FormulaTree, WhatIfResult } from '../../api/types.ts';
import { nodeLabel } from '../../app/label.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatByUnit, formatChangePct } from '../../format/format.ts';
import { parseNumber } from '../../format/parse.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** "What must change to reach 300 mln revenue?": all levers by one factor, or one lever alone. */
export function GoalSeek({
  tree,
  model,
  values,
}: {
  tree: FormulaTree;
  model: string;
  values: Record<string, number> | null;
}) {
  const { t, lang } = useI18n();
  const [node, setNode] = useState<'revenue' | 'profit'>('revenue');
  const [target, setTarget] = useState('');
  const [lever, setLever] = useState('');
  const [result, setResult] = useState<WhatIfResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const value = parseNumber(target);
  const run = async () => {
    if (value === null || !values) return; // the button is disabled then
    setError(null);
    try {
      setResult(
        await api('POST /api/whatif', {
          body: { model, values, target: { node, value }, ...(lever ? { lever } : {}) },
        }),
      );
    } catch (e) {
      setResult(null);
      setError(e);
    }
  };
  const unit = (id: string) => tree.nodes.find((n) => n.id === id)?.unit ?? 'number';
  const goal = result?.goal;
  return (
    <section data-testid="goal-seek">
      <h3>{t('goal.title')}</h3>
      <form
        className="controls"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <SelectField
          label={t('goal.node')}
          name="goal-node"
          value={node}
          onChange={(v) => setNode(v === 'profit' ? 'profit' : 'revenue')}
          options={[
            { value: 'revenue', label: t('formula.revenue') },
            ...(tree.profit ? [{ value: 'profit', label: t('formula.profit') }] : []),
          ]}
        />
        <label className="field">
          <span>{t('goal.target')}</span>
          <input
            name="target"
            inputMode="decimal"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            size={14}
          />
        </label>
        <SelectField
          label={t('goal.lever')}
          name="goal-lever"
          value={lever}
          onChange={setLever}
          options={[
            { value: '', label: t('goal.allLevers') },
            ...tree.levers.map((l) => ({ value: l, label: `${nodeLabel(tree, l, lang)} (${l})` })),
          ]}
        />
        <button type="submit" className="btn btn-primary" disabled={value === null || !values}>
          {t('goal.run')}
        </button>
      </form>
      {error ? <ErrorBox error={error} /> : null}
      {goal ? (
        <>
          <p>
            {t('goal.answer', {
              change: formatChangePct(goal.levers[0]?.changePct ?? null, lang),
            })}
          </p>
          <TableScroll label={t('goal.title')}>
            <thead>
              <tr>
                <th>{t('levers.lever')}</th>
                <th className="num">{t('goal.from')}</th>
                <th className="num">{t('goal.to')}</th>
                <th className="num">{t('levers.change')}</th>
              </tr>
            </thead>
            <tbody>
              {goal.levers.map((m) => (
                <tr key={m.lever}>
                  <th scope="row">
                    {nodeLabel(tree, m.lever, lang)} <span className="node-id">{m.lever}</span>
                  </th>
                  <td className="num">{formatByUnit(m.from, unit(m.lever), lang)}</td>
                  <td className="num">{formatByUnit(m.to, unit(m.lever), lang)}</td>
                  <td className="num">{formatChangePct(m.changePct, lang)}</td>
                </tr>
              ))}
            </tbody>
          </TableScroll>
        </>
      ) : null}
    </section>
  );
}
