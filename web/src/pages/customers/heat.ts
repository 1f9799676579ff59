/** The background of a heat-table cell: the theme's dark teal at a strength from 0 to 1. */
export function heatStyle(strength: number): { background: string } | undefined {
  if (!Number.isFinite(strength) || strength <= 0) return undefined;
  const a = Math.min(1, strength) * 0.85 + 0.05;
  return { background: `rgba(31, 78, 95, ${a.toFixed(3)})` };
}

/** White text on the darker cells, where the theme's text colour would be hard to read. */
export const isHot = (strength: number): boolean => strength > 0.7;
