/**
 * Compile-time proof that a call names a route and its inputs from the contract's table: each
 * line below is a mistake `tsc -p web` must refuse. Never imported, so never bundled or run.
 */
import { api } from './client.ts';
import type { Answer } from './routes.ts';

export async function mistakes(): Promise<void> {
  // @ts-expect-error a route the table does not have
  await api('GET /api/metta');
  // @ts-expect-error a path parameter left out
  await api('DELETE /api/models/{id}');
  // @ts-expect-error a body that is not the route's
  await api('POST /api/tokens', { body: { label: 'x' } });
  // @ts-expect-error a field the answer does not have
  void (await api('GET /api/meta')).model;
  // @ts-expect-error a URL picked by hand: every JSON route is called by its name
  await api('/kpi/employees');
  // @ts-expect-error a KPI path parameter left out
  await api('GET /api/kpi/plans/{employee}/{period}', { params: { employee: 'anna' } });
  // @ts-expect-error a customers answer read as another's
  void (await api('GET /api/customers/rfm')).cohorts;
  const meta: Answer<'GET /api/meta'> = await api('GET /api/meta');
  void meta.models;
}
