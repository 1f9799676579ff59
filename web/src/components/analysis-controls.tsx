import type { Meta } from '../api/types.ts';
import { useAnalysisParams } from '../app/analysis-params.tsx';
import { dimensionLabel } from '../app/filters.ts';
import { labelText } from '../app/label.ts';
import { useDimensions } from '../app/use-dimensions.ts';
import { periodText } from '../app/meta.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { FilterInput } from './filter-input.tsx';
import { PeriodInput } from './period-input.tsx';
import { SelectField } from './select-field.tsx';

/** The model, period, filter and (optionally) slice every analysis page is asked about. */
export function AnalysisControls({ meta, slice = false }: { meta: Meta; slice?: boolean }) {
  const { t, lang } = useI18n();
  const { params, set } = useAnalysisParams();
  const lists = useDimensions();
  return (
    <div className="controls analysis-controls" data-testid="analysis-controls">
      <SelectField
        label={t('controls.model')}
        name="model"
        value={params.model}
        options={meta.models.map((m) => ({ value: m.id, label: labelText(m.label, lang) }))}
        onChange={(model) => set({ model })}
      />
      <PeriodInput
        label={t('controls.period')}
        testId="period"
        value={params.period || periodText(meta.defaults?.period)}
        onChange={(period) => set({ period })}
      />
      <FilterInput value={params.filters} onChange={(filters) => set({ filters })} lists={lists} />
      {slice ? (
        <SelectField
          label={t('controls.by')}
          name="by"
          value={params.by}
          options={[
            { value: '', label: t('controls.byNone') },
            ...meta.dimensions.map((d) => ({ value: d, label: dimensionLabel(d, lang, lists) })),
          ]}
          onChange={(by) => set({ by })}
        />
      ) : null}
    </div>
  );
}
