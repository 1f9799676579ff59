import { Segmented } from '../../components/segmented.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** What a customers heat table counts: people, or their revenue. */
export type Show = 'customers' | 'revenue';

/** The customers/revenue switch of the RFM grid and the segment migration. */
export function ShowToggle({ value, onChange }: { value: Show; onChange: (v: Show) => void }) {
  const { t } = useI18n();
  return (
    <Segmented
      label={t('cust.show')}
      value={value}
      onChange={onChange}
      options={[
        { value: 'customers', label: t('cust.showCustomers') },
        { value: 'revenue', label: t('cust.showRevenue') },
      ]}
    />
  );
}
