import { api } from '../../../api/client.ts';
import { useAsync } from '../../../app/use-async.ts';
import { ErrorBox } from '../../../components/error-box.tsx';
import { Loading } from '../../../components/loading.tsx';
import { Panel } from '../../../components/panel.tsx';
import { formatMonth } from '../../../format/format.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { RegisterView } from '../analyst/register-view.tsx';
import { SheetView } from './sheet-view.tsx';
import { sheetPath, type AnalystSheet, type KpiEmployee, type SheetKind } from '../kpi-types.ts';

/**
 * One sheet of an employee with its workbook download. `version` changes when the plan behind it
 * was saved, so the sheet is asked for again.
 */
export function SheetPanel({
  employee,
  kind,
  period,
  version = 0,
}: {
  employee: KpiEmployee;
  kind: SheetKind;
  period: string;
  version?: number;
}) {
  const { t, lang } = useI18n();
  const path = sheetPath(kind, employee.id, period);
  const res = useAsync(
    (signal) => {
      const params = { employee: employee.id, period };
      return kind === 'analyst'
        ? api('GET /api/kpi/analyst/{employee}/{period}', { params, signal })
        : api('GET /api/kpi/sheets/{employee}/{period}', { params, signal });
    },
    [path, lang, version],
  );
  const title = t(kind === 'analyst' ? 'kpi.analystSheet' : 'kpi.monthlySheet', {
    name: employee.name,
    period: formatMonth(period, lang),
  });
  const download = (
    <a className="btn" href={`/api${path}/xlsx?lang=${lang}`} download data-testid="kpi-download">
      {t('kpi.download')}
    </a>
  );
  return (
    <Panel title={title} actions={download}>
      {res.loading && !res.data ? <Loading /> : null}
      {res.error ? <ErrorBox error={res.error} onRetry={res.reload} /> : null}
      {res.data ? (
        <div data-testid="kpi-sheet" data-kind={res.data.kind} aria-busy={res.loading}>
          <SheetView sheet={res.data} />
          {res.data.kind === 'analyst' ? <RegisterView sheet={res.data as AnalystSheet} /> : null}
        </div>
      ) : null}
    </Panel>
  );
}
