import { hrefOf } from '../app/route.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/** Shown when the workspace has no orders: says what to do and links straight to it. */
export function NoDataYet() {
  const { t } = useI18n();
  return (
    <div className="notice empty" data-testid="empty-state">
      <p>{t('empty.noOrders')}</p>
      <a className="btn btn-primary" href={hrefOf('data')}>
        {t('empty.goToData')}
      </a>
    </div>
  );
}
