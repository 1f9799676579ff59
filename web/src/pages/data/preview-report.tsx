import type { ReactNode } from 'react';
import type { ImportResult } from '../../api/types.ts';
import { Panel } from '../../components/panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatNumber } from '../../format/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The check before writing: the mapping step (given), what is wrong and where, the first rows. */
export function PreviewReport({ result, mapping }: { result: ImportResult; mapping: ReactNode }) {
  const { t, lang } = useI18n();
  const fields = Object.keys(result.mapping);
  const ok = result.status === 'validated' && result.errorCount === 0;
  return (
    <div data-testid="preview">
      <div className="grid-2">
        {mapping}
        <Panel title={t('data.report')}>
          <p className={`notice ${ok ? 'notice-ok' : 'notice-error'}`} data-testid="validation">
            {ok
              ? t('data.valid', { n: formatNumber(result.rowsRead, lang, 0) })
              : result.missing?.length
                ? t('data.notChecked')
                : t('data.invalid', { n: formatNumber(result.errorCount, lang, 0) })}
            {result.errors.length < result.errorCount
              ? ' ' + t('data.shownFirst', { n: result.errors.length })
              : ''}
          </p>
          {result.errors.length ? (
            <TableScroll label={t('data.report')}>
              <thead>
                <tr>
                  <th className="num">{t('data.row')}</th>
                  <th>{t('data.column')}</th>
                  <th>{t('data.value')}</th>
                  <th>{t('data.reason')}</th>
                </tr>
              </thead>
              <tbody data-testid="errors">
                {result.errors.slice(0, 200).map((e, i) => (
                  <tr key={i}>
                    <td className="num">{e.row}</td>
                    <td>{e.column}</td>
                    <td>
                      <code>{e.value ?? '∅'}</code>
                    </td>
                    <td className="wrap">{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </TableScroll>
          ) : null}
          {result.warnings.length ? (
            <>
              <h3>{t('data.warnings')}</h3>
              <ul className="sentences">
                {result.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </>
          ) : null}
        </Panel>
      </div>
      {result.sample?.length ? (
        <Panel title={t('data.sample')}>
          <TableScroll label={t('data.sample')}>
            <thead>
              <tr>
                {fields.map((f) => (
                  <th key={f}>{f}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.sample.map((row, i) => (
                <tr key={i}>
                  {fields.map((f) => (
                    <td key={f}>{row[f] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </TableScroll>
        </Panel>
      ) : null}
    </div>
  );
}
