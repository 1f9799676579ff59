import { useEffect, useRef, type ReactNode } from 'react';
import { NO_VALUE } from '../format/format.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * Wide tables scroll sideways inside their card instead of stretching a phone's page. `wrap` lets
 * row headers wrap, for two-column tables whose numbers must stay in view. A cell with no value
 * shows «—» (docs/architecture.md, "Languages and formatting"); the legend under the table says
 * what it means, and shows only while some cell holds one.
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
  const { t } = useI18n();
  const table = useRef<HTMLDivElement>(null);
  const legend = useRef<HTMLParagraphElement>(null);
  // After each render, from the cells themselves: whichever page fills them, a lone «—» is a blank.
  useEffect(() => {
    if (!legend.current) return;
    const cells = table.current?.querySelectorAll('td, th') ?? [];
    legend.current.hidden = ![...cells].some((c) => c.textContent?.trim() === NO_VALUE);
  });
  return (
    <>
      <div
        ref={table}
        className={`table-scroll${wrap ? ' wrap-heads' : ''}`}
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        <table>{children}</table>
      </div>
      <p ref={legend} className="muted table-legend" hidden>
        {t('table.noValue', { dash: NO_VALUE })}
      </p>
    </>
  );
}
