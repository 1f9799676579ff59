import type { ReactNode } from 'react';

/**
 * Wide tables scroll sideways inside their card instead of stretching a phone's page. `wrap` lets
 * row headers wrap, for two-column tables whose numbers must stay in view.
 */
export function TableScroll({
  children,
  label,
  wrap,
}: {
  children: ReactNode;
  label?: string;
  wrap?: boolean;
}) {
  return (
    <div className={`table-scroll${wrap ? ' wrap-heads' : ''}`} tabIndex={0} role="region" aria-label={label}>
      <table>{children}</table>
    </div>
  );
}
