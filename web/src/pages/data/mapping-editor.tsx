import type { ImportResult } from '../../api/types.ts';
import { Panel } from '../../components/panel.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { fieldLabel } from './field-labels.ts';

/** The `map` target that leaves a column out (src/ingest/header-map.ts IGNORE). */
export const LEAVE_OUT = '-';

/** The user's choices: file header → field (or LEAVE_OUT, or a dimension name). */
export type ColumnChoices = Record<string, string>;

/** Header → what the last check mapped it to (a field or, for orders, a dimension column). */
function autoTargets(result: ImportResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [target, header] of Object.entries(result.mapping)) out[header] = target;
  return out;
}

/**
 * The column-mapping step: every column of the file with what Fulcrum took it for, editable.
 * Choices go back to the server as `map` on the next check and on the import, where they win
 * over automatic matching; a required field no column maps to is named above the table.
 */
export function MappingEditor({
  result,
  choices,
  onChange,
  onRecheck,
  busy,
}: {
  result: ImportResult;
  choices: ColumnChoices;
  onChange: (next: ColumnChoices) => void;
  onRecheck: () => void;
  busy: boolean;
}) {
  const { t, lang } = useI18n();
  const auto = autoTargets(result);
  const fields = result.fields ?? Object.keys(result.mapping).map((name) => ({ name, required: false }));
  const fieldNames = new Set(fields.map((f) => f.name));
  const missing = result.missing ?? [];
  const edited = Object.keys(choices).length > 0;
  const optionsFor = (header: string) => {
    const current = auto[header];
    const opts = fields.map((f) => ({
      value: f.name,
      label: `${fieldLabel(f.name, lang)}${f.required ? ' *' : ''} (${f.name})`,
    }));
    // A dimension column (store, manager…) keeps its own name as an option.
    if (current && !fieldNames.has(current))
      opts.unshift({ value: current, label: t('data.asColumn', { name: current }) });
    opts.push({ value: LEAVE_OUT, label: t('data.leaveOut') });
    if (!current && !choices[header]) opts.unshift({ value: '', label: t('data.notRecognised') });
    return opts;
  };
  return (
    <Panel title={t('data.mapping')}>
      {missing.length ? (
        <p className="notice notice-error" role="alert" data-testid="missing-fields">
          {t('data.missing', { fields: missing.map((f) => `${fieldLabel(f, lang)} (${f})`).join(', ') })}
        </p>
      ) : (
        <p className="muted small">{t('data.mappingHint')}</p>
      )}
      <TableScroll label={t('data.mapping')}>
        <thead>
          <tr>
            <th>{t('data.header')}</th>
            <th>{t('data.field')}</th>
          </tr>
        </thead>
        <tbody data-testid="mapping">
          {(result.headers ?? []).map((h) => (
            <tr key={h}>
              <td>{h}</td>
              <td>
                <select
                  aria-label={t('data.fieldFor', { header: h })}
                  data-header={h}
                  value={choices[h] ?? auto[h] ?? ''}
                  onChange={(e) => onChange({ ...choices, [h]: e.target.value })}
                >
                  {optionsFor(h).map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </TableScroll>
      <p className="muted small">
        {result.format.toUpperCase()} · {result.encoding}
        {result.delimiter ? ` · «${result.delimiter === '\t' ? 'TAB' : result.delimiter}»` : ''}
      </p>
      {edited || missing.length ? (
        <div className="controls">
          <button type="button" className="btn" disabled={busy || !edited} onClick={onRecheck}>
            {t('data.recheck')}
          </button>
          {edited ? (
            <button type="button" className="btn btn-link" disabled={busy} onClick={() => onChange({})}>
              {t('data.resetMapping')}
            </button>
          ) : null}
        </div>
      ) : null}
    </Panel>
  );
}

/** The choices as the API's repeatable `map` parameter ("Header=field"); unset choices are dropped. */
export function mapParam(choices: ColumnChoices): string[] {
  return Object.entries(choices)
    .filter(([, target]) => target !== '')
    .map(([header, target]) => `${header}=${target}`);
}
