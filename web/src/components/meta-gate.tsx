import type { ReactNode } from 'react';
import type { Meta } from '../api/types.ts';
import { useMeta } from '../app/meta.tsx';
import { ErrorBox } from './error-box.tsx';
import { Loading } from './loading.tsx';
import { NoDataYet } from './empty-state.tsx';

/**
 * Renders an analysis page only once /api/meta has answered: its loading state, "no access" for
 * roles without analysis routes, and "import orders first" when the warehouse is empty.
 */
export function MetaGate({
  children,
  needData = true,
}: {
  children: (meta: Meta) => ReactNode;
  needData?: boolean;
}) {
  const meta = useMeta();
  if (meta.loading) return <Loading />;
  if (meta.error || !meta.data) return <ErrorBox error={meta.error} onRetry={meta.reload} />;
  if (needData && meta.data.range === null) return <NoDataYet />;
  return <>{children(meta.data)}</>;
}
