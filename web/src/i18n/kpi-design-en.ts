import type { kpiDesignRu } from './kpi-design-ru.ts';

/** English strings of the KPI designer's shares and saving; typed against the Russian keys. */
export const kpiDesignEn: Record<keyof typeof kpiDesignRu, string> = {
  'kpi.design.weights': 'Bonus shares, %',
  'kpi.design.weightOf': 'Share of “{kpi}” in the bonus of “{position}”, %',
  'kpi.design.sum': 'Total: {sum}',
  'kpi.design.equal': 'Equal split',
  'kpi.design.equalTitle': 'Split the bonus of “{position}” equally among its KPIs',
  'kpi.design.save': 'Save the KPI system',
  'kpi.design.saved': 'The KPI system is saved.',
  'kpi.design.savedAt': 'Saved {when}.',
  'kpi.design.unsaved': 'There are unsaved changes.',
  'kpi.design.notSaved': 'No KPI system is saved for this model yet: below is a starting point.',
  'kpi.design.readOnly': 'An owner or a manager can save the KPI system; you can try variants.',
  'kpi.design.revert': 'Back to the saved one',
  'kpi.design.download': 'Download XLSX',
  'kpi.design.fix': 'To save, fix:',
  'kpi.design.err.short': '“{position}”: the shares add up to {sum}; they must make 100% ({gap} short).',
  'kpi.design.err.over': '“{position}”: the shares add up to {sum}; they must make 100% ({gap} over).',
  'kpi.design.err.number': '“{position}”: the share of “{kpi}” must be a non-negative number.',
  'kpi.design.err.empty': '“{position}”: tick at least one KPI or remove the position.',
  'kpi.design.err.none': 'Add at least one position.',
};
