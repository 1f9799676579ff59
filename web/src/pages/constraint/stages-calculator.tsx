import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Stage, Throughput } from '../../api/types.ts';
import { ErrorBox } from '../../components/error-box.tsx';
import { Panel } from '../../components/panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatNumber } from '../../format/format.ts';
import { parseNumber } from '../../format/parse.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { T } from '../../i18n/translate.ts';

interface Row {
  name: string;
  capacity: string;
}

/** The methodology's cups example: machines 12, 8, 10, sales 9, market 11 → output 8. */
const cups = (t: T): Row[] => [
  { name: t('stages.machine', { n: 1 }), capacity: '12' },
  { name: t('stages.machine', { n: 2 }), capacity: '8' },
  { name: t('stages.machine', { n: 3 }), capacity: '10' },
  { name: t('stages.sales'), capacity: '9' },
  { name: t('stages.market'), capacity: '11' },
];

/** A chain of stages and what it puts out: the slowest stage is the one to raise. */
export function StagesCalculator() {
  const { t, lang } = useI18n();
  const [rows, setRows] = useState<Row[]>(() => cups(t));
  const [result, setResult] = useState<Throughput | null>(null);
  const [error, setError] = useState<unknown>(null);
  const edit = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const calc = async () => {
    setError(null);
    try {
      const stages: Stage[] = rows.map((r) => ({
        name: r.name.trim(),
        capacity: parseNumber(r.capacity) ?? NaN,
      }));
      setResult(await api('POST /api/constraint/stages', { body: { stages } }));
    } catch (e) {
      setResult(null);
      setError(e);
    }
  };
  return (
    <Panel title={t('stages.title')}>
      <p className="muted">{t('stages.hint')}</p>
      <TableScroll label={t('stages.title')}>
        <thead>
          <tr>
            <th>{t('stages.name')}</th>
            <th>{t('stages.capacity')}</th>
            <th />
          </tr>
        </thead>
        <tbody data-testid="stages">
          {rows.map((r, i) => (
            <tr key={i} className={result?.bottleneck === r.name.trim() ? 'key' : ''}>
              <td>
                <input
                  value={r.name}
                  aria-label={t('stages.name')}
                  onChange={(e) => edit(i, { name: e.target.value })}
                />
              </td>
              <td>
                <input
                  value={r.capacity}
                  inputMode="decimal"
                  aria-label={t('stages.capacity')}
                  onChange={(e) => edit(i, { capacity: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="link"
                  disabled={rows.length < 2}
                  onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                >
                  {t('stages.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={() => setRows((rs) => [...rs, { name: '', capacity: '' }])}
        >
          {t('stages.add')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void calc()}>
          {t('common.calc')}
        </button>
      </div>
      {error ? <ErrorBox error={error} /> : null}
      {result ? (
        <p className="notice notice-ok" data-testid="stages-result">
          <strong>{t('stages.output', { n: formatNumber(result.output, lang) })}</strong> ·{' '}
          {t('stages.bottleneck', { name: result.bottleneck })}
        </p>
      ) : null}
    </Panel>
  );
}
