import { useI18n } from '../i18n/i18n-context.tsx';

/** A calm placeholder while a request runs. */
export function Loading() {
  const { t } = useI18n();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('common.loading')}
    </div>
  );
}
